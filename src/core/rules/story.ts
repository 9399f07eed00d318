// story: a story members read (docs/protocol-together.md §4), about up to eight members. It
// goes into the report for funders only when its writer and everyone in it said so
// (story-consent, src/core/state/storyReport.ts); it moves no hours.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const story: OrdinaryRule<'story'> = {
  kind: 'ordinary',
  body: bodyReaders.story,
  reference: () => null,
  refusal(state, entry) {
    return entry.body.people.every((key) => isMember(state, toBase64Url(key))) ? null : 'unknown-member';
  },
  apply(state, entry, { id, author }) {
    const { title, text, people } = entry.body;
    state.stories.set(id, { id, author, title, text, people: people.map(toBase64Url), time: entry.time });
  },
};
