// The coordinator's audit log names every kind of entry in plain words: each entry type in the
// core's list has a label in every language, so a new type without one fails here (a line of
// a type no version knows shows "other").
import { describe, expect, it } from 'vitest';
import { entryTypes } from '../../../src/core/entry/bodies.ts';
import { auditTypes, labelledType } from '../../../src/data/coordinator/auditSelectors.ts';

const offices = import.meta.glob<{ messages: Record<string, string> }>('../../../src/i18n/*/office.ts', {
  eager: true,
});

describe('audit labels', () => {
  const languages = Object.entries(offices).map(([path, module]) => [path.split('/').at(-2), module.messages] as const);

  it('are there for all six languages', () => {
    expect(languages.map(([language]) => language).sort()).toEqual(['ar', 'en', 'nl', 'pl', 'tr', 'uk']);
  });

  it.each(languages)('%s: every entry type has a label of its own', (_language, messages) => {
    for (const type of entryTypes) {
      expect(messages[`audit.act.${type}`]?.trim(), type).toBeTruthy();
    }
    expect(messages['audit.act.other']?.trim()).toBeTruthy();
  });

  it('a line shows its own type; only a type no version knows is "other"', () => {
    for (const type of entryTypes) expect(labelledType(type)).toBe(type);
    expect(labelledType('activity-call-off')).toBe('activity-call-off');
    expect(labelledType('not-a-type')).toBe('other');
    expect(labelledType('toString')).toBe('other');
  });

  it("the log's filter offers the together acts a coordinator writes", () => {
    expect(auditTypes).toEqual(
      expect.arrayContaining(['activity-call-off', 'activity-approve', 'came-for', 'plan-grant']),
    );
  });
});
