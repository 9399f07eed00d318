// A failed write, in plain words.
import type { SessionProblem, WriteProblem, WriteResult } from '../../data/session/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { t } from '../i18n.ts';

const fieldNames: Record<string, MessageKey> = {
  title: 'field.title',
  text: 'field.text',
  area: 'field.area',
  name: 'field.name',
  minutes: 'field.minutes',
  what: 'field.what',
  words: 'field.words',
  rules: 'field.rules',
  creditLimit: 'field.creditLimit',
  welcome: 'field.welcome',
  categories: 'field.categories',
  relays: 'field.relays',
  sealed: 'field.sealed',
  note: 'field.note',
};

const rules: Record<string, MessageKey> = {
  'not-member': 'problem.rule.not-member',
  suspended: 'problem.rule.suspended',
  self: 'problem.rule.self',
  'unknown-member': 'problem.rule.unknown-member',
  'not-author': 'problem.rule.not-author',
  'not-coordinator': 'problem.rule.not-coordinator',
  'plan-closed': 'problem.rule.plan-closed',
  'over-plan': 'problem.rule.over-plan',
  'too-early': 'problem.rule.too-early',
  'no-link': 'problem.rule.no-link',
  'link-ended': 'problem.rule.link-ended',
  'not-shared': 'problem.rule.not-shared',
};

const situations: Record<SessionProblem, MessageKey> = {
  'session-closed': 'problem.session-closed',
  'no-member-room': 'problem.no-member-room',
  'unknown-post': 'problem.unknown-post',
  'unknown-proposal': 'problem.unknown-proposal',
  'unknown-join': 'problem.unknown-join',
  'no-lobby': 'problem.no-lobby',
  'no-room-key': 'problem.no-room-key',
  'lobby-not-ready': 'problem.lobby-not-ready',
  'no-join-details': 'problem.no-join-details',
  'already-asked': 'problem.already-asked',
  'already-admitted': 'problem.already-admitted',
  'declined-before': 'problem.declined-before',
  'not-needed': 'problem.not-needed',
  'catching-up': 'problem.catching-up',
  'unknown-activity': 'problem.unknown-activity',
  'unknown-plan': 'problem.unknown-plan',
  'over-limit': 'problem.over-limit',
};

export function problemText(result: WriteProblem): string {
  switch (result.problem) {
    case 'storage-full':
      return t('problem.storageFull');
    case 'rule':
      return t(rules[result.rule] ?? 'problem.rule.other');
    case 'field': {
      const { field, problem, min, max } = result.field;
      const name = t(fieldNames[field] ?? 'field.other');
      const key: MessageKey =
        problem === 'too-short' || problem === 'missing'
          ? 'problem.field.too-short'
          : problem === 'too-long'
            ? 'problem.field.too-long'
            : problem === 'range'
              ? 'problem.field.range'
              : 'problem.field.other';
      return t(key, { field: name, min: min ?? 0, max: max ?? 0 });
    }
    default:
      return t(situations[result.problem]);
  }
}

/** The field a problem belongs to, so the form can point at it. */
export function problemField(result: WriteResult): string | null {
  return !result.ok && result.problem === 'field' ? result.field.field : null;
}
