// Every situation a write can end in has its own plain line, in Dutch and in English.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rejection } from '../../../src/core/state/Rejection.ts';
import type { SessionProblem } from '../../../src/data/session/index.ts';
import { importCatalogue } from '../../../src/i18n/languages.ts';
import { languages, loadLanguage, type MessageKey, translate } from '../../../src/i18n/translate.ts';
import { problemText } from '../../../src/ui/app/problemText.ts';

const situations = Object.keys({
  'session-closed': true,
  'no-member-room': true,
  'unknown-post': true,
  'unknown-proposal': true,
  'unknown-join': true,
  'no-lobby': true,
  'no-room-key': true,
  'lobby-not-ready': true,
  'no-join-details': true,
  'already-asked': true,
  'already-admitted': true,
  'declined-before': true,
  'not-needed': true,
  'catching-up': true,
  'unknown-activity': true,
  'unknown-plan': true,
  'over-limit': true,
} satisfies Record<SessionProblem, true>) as SessionProblem[];

describe('problemText', () => {
  // A page loads only its own language; these tests compare both.
  beforeAll(() => Promise.all(languages.map(loadLanguage)));

  it('gives each situation a line of its own', () => {
    const lines = situations.map((problem) => problemText({ ok: false, problem }));
    expect(new Set(lines).size).toBe(situations.length);
    for (const line of lines) expect(line).not.toBe(translate('nl', 'problem.rule.other'));
  });

  it('has the same situations in English', () => {
    for (const problem of situations) {
      expect(translate('en', `problem.${problem}`)).not.toBe(translate('nl', `problem.${problem}`));
    }
  });

  it('says what a link refused in its own words, not the general line', () => {
    const reasons = ['no-link', 'link-ended', 'over-link-limit', 'not-shared'] as const;
    const lines = reasons.map((rule) => problemText({ ok: false, problem: 'rule', rule }));
    expect(new Set(lines).size).toBe(reasons.length);
    for (const line of lines) expect(line).not.toBe(translate('nl', 'problem.rule.other'));
  });

  it('shows every rule that has a line of its own with that line', async () => {
    const { messages } = await importCatalogue('nl', 'everyday');
    const reasons = Object.keys(messages)
      .filter((key) => key.startsWith('problem.rule.') && key !== 'problem.rule.other')
      .map((key) => key.slice('problem.rule.'.length) as Rejection);
    // The link reasons (docs/protocol-links.md §8) among them.
    for (const reason of ['foreign-type', 'not-roster', 'no-link', 'link-ended', 'over-link-limit', 'not-shared'])
      expect(reasons).toContain(reason);
    for (const rule of reasons) {
      expect(problemText({ ok: false, problem: 'rule', rule })).toBe(
        translate('nl', `problem.rule.${rule}` as MessageKey),
      );
    }
  });
});
