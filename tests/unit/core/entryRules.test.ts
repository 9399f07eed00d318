// The rule book: every entry type has exactly one rule, of the kind its type is, reading
// its body with the one shape every peer uses. A type added without its rule fails here
// (and in the type check).
import { describe, expect, it } from 'vitest';
import { authorityTypes, bodyReaders, entryTypes } from '../../../src/core/entry/bodies.ts';
import { entryRules, ruleOf } from '../../../src/core/rules/entryRules.ts';

describe('the rule book', () => {
  it('has one rule for each entry type and none for anything else', () => {
    expect(Object.keys(entryRules).sort()).toEqual([...entryTypes].sort());
  });

  it('gives authority types an authority rule and every other type an ordinary one', () => {
    for (const type of entryTypes) {
      expect([type, ruleOf(type).kind]).toEqual([type, authorityTypes.has(type) ? 'authority' : 'ordinary']);
    }
  });

  it('reads each body with the shape in bodies.ts', () => {
    for (const type of entryTypes) expect([type, ruleOf(type).body === bodyReaders[type]]).toEqual([type, true]);
  });

  it('lets only the genesis be written by the founder and only a join by a newcomer', () => {
    const writers = entryTypes.flatMap((type) => {
      const rule = ruleOf(type);
      return rule.kind === 'authority' && (rule.writer === 'founder' || rule.writer === 'newcomer')
        ? [[type, rule.writer]]
        : [];
    });
    expect(writers).toEqual([
      ['genesis', 'founder'],
      ['join', 'newcomer'],
    ]);
  });
});
