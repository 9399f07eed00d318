// The proof of work of an anonymous answer to a look back (docs/protocol-together.md §6):
// SHA-256(DAG-CBOR ["buurtruil answer work v3", net, author, survey] ‖ work) starts with the
// network's joinWork zero bits. Anyone may write an answer with a fresh key, so, as with a
// join, a flood of fake answers costs as many moments as it has answers.
import { encodeCanonical } from './encoding/canonical.ts';
import { findWorkInSteps, workBits } from './joinWork.ts';

function answerPrefix(net: Uint8Array, author: Uint8Array, survey: Uint8Array): Uint8Array {
  return encodeCanonical(['buurtruil answer work v3', net, author, survey]);
}

/** The zero bits an answer's work has. */
export function answerWorkBits(net: Uint8Array, author: Uint8Array, survey: Uint8Array, work: Uint8Array): number {
  return workBits(answerPrefix(net, author, survey), work);
}

/** Finds the work for an answer by `author` (its one-time key) to `survey`, pausing now and then. */
export function findAnswerWork(
  net: Uint8Array,
  author: Uint8Array,
  survey: Uint8Array,
  bits: number,
  pause?: () => Promise<void>,
): Promise<Uint8Array> {
  return findWorkInSteps(answerPrefix(net, author, survey), bits, pause);
}
