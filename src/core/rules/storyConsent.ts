// story-consent: the writer's or a person's say on a story (docs/protocol-together.md §4):
// may it go into the report, and with their name. Nobody else has a say; each one's latest
// (by time, then id) counts, whatever order the copies arrive in.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const storyConsent: OrdinaryRule<'story-consent'> = {
  kind: 'ordinary',
  body: bodyReaders['story-consent'],
  reference: (entry) => entry.body.story,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.story);
    const found = state.stories.get(id);
    if (!found) return absent(state, id);
    return found.author === me || found.people.includes(me) ? null : 'not-party';
  },
  apply(state, entry, { author, order }) {
    const key = `${toBase64Url(entry.body.story)} ${author}`;
    const known = state.storyConsents.get(key);
    if (known && !isLater(order, known.from)) return;
    state.storyConsents.set(key, { report: entry.body.report, named: entry.body.named, from: order });
  },
};
