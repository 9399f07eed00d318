// TEMPORARY (links-core, first commit): the rules of docs/protocol-links.md are built one
// by one in later commits; until then each type of that page is refused `no-link`, so no
// link counts and the build stays green.
import { bodyReaders, type EntryType } from '../entry/bodies.ts';
import type { AuthorityRule, OrdinaryRule } from './EntryRule.ts';

export function refusedAuthority<T extends EntryType>(type: T): AuthorityRule<T> {
  return { kind: 'authority', body: bodyReaders[type], writer: 'member', act: () => 'no-link' };
}

export function refusedOrdinary<T extends EntryType>(type: T): OrdinaryRule<T> {
  return { kind: 'ordinary', body: bodyReaders[type], reference: () => null, refusal: () => 'no-link', apply() {} };
}
