// Archive devices taking their turns in the checkpoint tests: the doc's "pages" map as every
// device sees it, a ledger of the network's entries, and one device's turn as the session's
// keeper takes it — read the state, then write what is due.
import type { CheckpointBook, PageLookup } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { keyOf, type TestNetwork } from '../TestNetwork.ts';

/** The doc's "pages" map, as every device sees it. */
export class Pages {
  readonly map = new Map<string, Uint8Array>();
  put(values: readonly Uint8Array[]): void {
    for (const value of values) this.map.set(toBase64Url(hash(value)), value);
  }
  lookup: PageLookup = (key) => this.map.get(key);
}

/** A ledger of `entries` (all the network's by default), its clock a second after the network's. */
export async function ledgerOf(
  network: TestNetwork,
  entries: readonly SignedEntry[] = network.entries,
  now = network.clock + 1000,
): Promise<Ledger> {
  const ledger = new Ledger(network.netId, { now: () => now });
  await ledger.add(network.records(entries));
  return ledger;
}

/** One archive device's turn: read the state, then write what is due (its pages first). */
export async function turn(network: TestNetwork, pages: Pages, author: Identity, book: CheckpointBook) {
  const ledger = await ledgerOf(network);
  await book.review(ledger.state, ledger.held, pages.lookup);
  const due = await book.due(ledger.state, keyOf(author), ledger.held, network.clock);
  if (due?.kind === 'propose') pages.put([due.built.summary, ...due.built.pages]);
  if (due) network.write(author, due.kind === 'notice' ? 'false-checkpoint' : 'checkpoint', due.body as never);
  return due;
}
