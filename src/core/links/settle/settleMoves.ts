// Moving house across a link (docs/protocol-links.md §5), as this network sees it. A move
// is complete when the member's `move-away`, the old network's `move-out` (both attested
// by the old network) and the new network's `move-in` naming that move-out (attested by
// the new network) are all there; then the minutes move: in the old network from the
// member to the clearing account, in the new one from the clearing account to the member.
// A move is not held to the link's limit (attestChain.ts counts only cross-pay).
//
// The member may ask from any of its devices: the move-out names the member by the key that
// asked (the old network resolves it, homeMember.ts), the new network knows the member by
// that key, and the move-in's box key is the one the consent gave (else `bad-ref`).
import { toBase64Url } from '../../encoding/base64url.ts';
import { equalBytes } from '../../encoding/canonical.ts';
import type { Entry } from '../../entry/Entry.ts';
import { devicesOf } from '../../state/devices.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import type { Move, MovedOut } from '../LinkState.ts';
import { byTimeThenId, ownOfType, peerOfType, type SettleContext } from './SettleContext.ts';

export function settleMoves(context: SettleContext): void {
  const { state, link, ours, theirs, keepPeer } = context;
  // Out: our member leaves; its consent and our move-out are ours, the move-in the peer's.
  // The consent of a move is one signed by the key the move-out names, with the box key the
  // move-in seals to (the first such our attestations name, else the first such at all).
  const aways = ownOfType(context, 'move-away').sort(byTimeThenId);
  const awayOf = (move: Move, boxKey: Uint8Array | null): { id: EntryIdText; boxKey: string } | null => {
    const fitting = aways.filter(
      ({ entry }) => toBase64Url(entry.author) === move.key && (!boxKey || equalBytes(entry.body.boxKey, boxKey)),
    );
    const found = fitting.find(({ idText }) => ours.attested.has(idText)) ?? fitting[0];
    if (found) return { id: found.idText, boxKey: toBase64Url(found.entry.body.boxKey) };
    // From a checkpoint taken after the consent: the consent is history, kept with the move.
    if (move.away && move.awayBoxKey && (!boxKey || toBase64Url(boxKey) === move.awayBoxKey))
      return { id: move.away, boxKey: move.awayBoxKey };
    return null;
  };
  const takeAway = (move: Move, away: { id: EntryIdText; boxKey: string } | null) => {
    move.away = away?.id ?? null;
    move.awayBoxKey = away?.boxKey ?? null;
  };
  const outs = new Map<string, Move>();
  for (const move of link.moves.values())
    if (move.direction === 'out' && move.out) {
      outs.set(move.out, move);
      takeAway(move, awayOf(move, null));
    }
  for (const item of peerOfType(context, 'move-in').sort(byTimeThenId)) {
    const move = outs.get(toBase64Url(item.entry.body.record));
    const away = move && move.key === toBase64Url(item.entry.body.member) ? awayOf(move, item.entry.body.boxKey) : null;
    if (!move || !away) keepPeer(item, 'bad-ref');
    else if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else {
      keepPeer(item, null);
      if (move.in === null) {
        move.in = item.idText;
        takeAway(move, away);
      }
    }
  }

  // In: the peer's member comes here; our move-in names the peer's move-out.
  const ins = new Map<string, Move>();
  const boxKeys = new Map<string, Uint8Array>();
  for (const { idText, entry } of ownOfType(context, 'move-in')) {
    const move = link.moves.get(toBase64Url(entry.body.member));
    if (move?.in !== idText) continue;
    ins.set(toBase64Url(entry.body.record), move);
    boxKeys.set(move.member, entry.body.boxKey);
  }
  for (const item of peerOfType(context, 'move-out').sort(byTimeThenId)) {
    const move = ins.get(item.idText);
    if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else {
      keepPeer(item, null);
      if (move && move.member === toBase64Url(item.entry.body.member) && move.out === null) {
        move.out = item.idText;
        move.minutes = item.entry.body.minutes;
      }
    }
  }
  for (const item of peerOfType(context, 'move-away').sort(byTimeThenId)) {
    const move = link.moves.get(toBase64Url(item.entry.author));
    const boxKey = move?.direction === 'in' ? boxKeys.get(move.member) : undefined;
    // Our move-in sealed the room key to another box key than this consent gave: not this move.
    if (boxKey && !equalBytes(boxKey, item.entry.body.boxKey)) keepPeer(item, 'bad-ref');
    else if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else {
      keepPeer(item, null);
      if (move?.direction === 'in' && move.away === null)
        takeAway(move, { id: item.idText, boxKey: toBase64Url(item.entry.body.boxKey) });
    }
  }

  for (const move of link.moves.values()) {
    // Each part attested by the network that wrote it: the old one's consent and move-out, the new one's move-in.
    const old = move.direction === 'out' ? ours : theirs;
    const fresh = move.direction === 'out' ? theirs : ours;
    // Out: the second derivation takes the moves the first found complete (their cuts now
    // stop the member's devices, which may drop what the first counted).
    const decided = move.direction === 'out' && state.movedOut !== null;
    move.complete = decided
      ? state.movedOut?.has(move.out ?? '') === true
      : move.away !== null &&
        move.out !== null &&
        move.in !== null &&
        old.attested.has(move.away) &&
        old.attested.has(move.out) &&
        fresh.attested.has(move.in);
    if (!move.complete) continue;
    const member = state.members.get(move.member);
    // Out: + to the clearing account; in: − from it. Each network still sums to zero.
    const signed = move.direction === 'out' ? move.minutes : -move.minutes;
    if (member) {
      member.balance -= signed;
      if (signed > 0) member.given += signed;
      else member.received -= signed;
      if (move.direction === 'in') member.welcome -= signed;
    }
    state.clearing.set(link.peer, (state.clearing.get(link.peer) ?? 0) + signed);
  }
}

/**
 * The move-outs of this network whose moves are complete, what step 3 then cuts, each with
 * what the cut keeps: the moving member's entries that our side's counted attestations name
 * (§5). The peer counts a record by both attestations alone, so an entry we attested must
 * stay ours too, even one the member wrote after the cut (while the move was under way);
 * else the clearing accounts would no longer mirror.
 */
export function completeMoveOuts(state: NetworkState): MovedOut {
  const moved = new Map<EntryIdText, ReadonlySet<EntryIdText>>();
  for (const link of state.links.values()) {
    const counted = new Set(link.attestations.own);
    const attested: EntryIdText[] = [];
    for (const { idText, entry } of state.linkItems)
      if (entry.type === 'link-attest' && counted.has(idText))
        for (const id of (entry as Entry<'link-attest'>).body.entries) attested.push(toBase64Url(id));
    for (const move of link.moves.values()) {
      if (move.direction !== 'out' || !move.complete || !move.out) continue;
      const member = state.members.get(move.member);
      const devices = new Set(member ? devicesOf(state, member).map((device) => device.key) : []);
      moved.set(move.out, new Set(attested.filter((id) => devices.has(state.chain.get(id)?.author ?? ''))));
    }
  }
  return moved;
}
