// Hours between sessions in the Neighbourhood harness: one member pays another, and what a
// session's state says of the balances and the transfers, to compare devices by.
import { idFromText } from '../../src/core/encoding/base64url.ts';
import type { NetworkSession } from '../../src/data/session/index.ts';

/** `from`'s member pays `to`'s; the transfer's entry id. */
export async function pay(from: NetworkSession, to: NetworkSession, minutes: number, what: string): Promise<string> {
  const result = await from.write('transfer', {
    to: idFromText(to.memberKey),
    minutes,
    what,
    post: null,
    proposal: null,
  });
  if (!result.ok) throw new Error(`transfer: ${result.problem}`);
  return result.id;
}

/** Every member's balance, by key. */
export const balances = (session: NetworkSession) =>
  [...(session.memberState?.members.values() ?? [])].map((member) => [member.key, member.balance]).sort();

/** The minutes of every transfer the state holds, smallest first. */
export const minutesOf = (session: NetworkSession) =>
  [...(session.memberState?.transfers.values() ?? [])].map((transfer) => transfer.minutes).sort((a, b) => a - b);
