// What an entry needs before it can be judged (docs/protocol.md §4.8): a checkpoint's
// frontier holds, with each entry, all of these, so that deriving the frontier alone judges
// each of its entries as it would be judged among all entries.
import { toBase64Url } from '../encoding/base64url.ts';
import { seenOf } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { ruleOf } from '../rules/entryRules.ts';
import type { EntryIdText } from '../state/NetworkState.ts';

/**
 * Its chain parent, the authority entries it names as seen, the join it answers, the heads
 * (and cut-more parts) it cuts or restores from, and the entry its rule refers to: the post
 * an update edits or a coordinator hides, the proposal a confirmation or payment names, the
 * transfer a reversal undoes, the activity or group record an answer is about.
 */
export function dependenciesOf(entry: AnyEntry): EntryIdText[] {
  const named: Uint8Array[] = [...seenOf(entry.body)];
  if (entry.prev) named.push(entry.prev);
  switch (entry.type) {
    case 'admit':
    case 'decline':
    case 'met':
      named.push(entry.body.join);
      break;
    case 'suspend':
    case 'device-remove':
    case 'move-member':
    case 'cut-more':
      named.push(...entry.body.cut);
      break;
    case 'reinstate':
      named.push(...entry.body.from);
      break;
    case 'hide-post':
      named.push(entry.body.post);
      break;
    case 'reverse-transfer':
      named.push(entry.body.transfer);
      break;
    case 'activity-approve':
      named.push(entry.body.activity);
      break;
    default: {
      const rule = ruleOf(entry.type);
      const reference = rule.kind === 'ordinary' ? rule.reference(entry) : null;
      if (reference) named.push(reference);
    }
  }
  return named.map(toBase64Url);
}
