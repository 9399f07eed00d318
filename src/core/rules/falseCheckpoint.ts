// false-checkpoint: a member's notice that a checkpoint's summary does not match the log
// (docs/protocol.md §4.8). It changes no state: a device that holds the frontier decides
// falseness from the signed entries itself; the notice only tells devices that started from
// that checkpoint to check it.
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const falseCheckpoint: OrdinaryRule<'false-checkpoint'> = {
  kind: 'ordinary',
  body: bodyReaders['false-checkpoint'],
  reference: () => null,
  refusal: () => null,
  apply: () => {},
};
