// The order in which a coordinator sees the join requests waiting in the lobby. A claimed
// time is the sender's word, so it never puts a request first: the newest arrival at this
// device comes first, and when the list is long, requests that paid the price of the
// load they came into go above those that did not. Search (by the sealed name and street)
// finds any request whatever its place, so no flood hides a real newcomer.
//
// The rule (docs/protocol.md §6):
//  - arrival(r): when this device first saw r (kept by the device; a request not seen
//    before counts as arriving now).
//  - the list is long when the lobby's load asks more than the network's bits:
//    joinWorkFor(base, load) > base, i.e. load >= 32.
//  - r paid when its work >= joinWorkFor(base, Q), Q = the pending requests that arrived
//    here in [arrival(r) - 7 days, arrival(r) - 10 minutes) (what its sender could have
//    seen; claimed times play no part), and r.time >= arrival(r) - 7 days (a claim more
//    than a week before arrival is a backdated one and pays nothing).
//  - requests whose newcomer a kiosk or coordinator saw in person (`met`) come first of all.
//  - long list: paid requests first. Then, and in a short list throughout: later arrival
//    first; one arrival (one batch) by min(claimed time, arrival) later first; then id.
import { maxClockSkewMs } from './entry/readEntry.ts';
import { joinWorkFor, loadWindowMs } from './joinWork.ts';
import type { JoinRequest } from './lobby.ts';
import type { EntryIdText } from './state/NetworkState.ts';

export interface RequestOrderContext {
  /** The network's bits (the genesis' joinWork). */
  base: number;
  /** The lobby's load (LobbyView.load). */
  load: number;
  /** When this device first saw each request (ms, this device's clock). */
  arrivals: ReadonlyMap<EntryIdText, number>;
  now: number;
  /** Joins a kiosk or a coordinator met in person (the member room's `met`): first. */
  met?: { has(id: EntryIdText): boolean } | undefined;
}

/** Did this request pay the price of the load it came into? */
export function paidForLoad(
  requests: readonly JoinRequest[],
  base: number,
  arrivals: ReadonlyMap<EntryIdText, number>,
  now: number,
): Set<EntryIdText> {
  const arrivalOf = (request: JoinRequest) => arrivals.get(request.id) ?? now;
  const byArrival = [...requests].sort((a, b) => arrivalOf(a) - arrivalOf(b));
  const paid = new Set<EntryIdText>();
  // Two pointers over the arrivals here: how many arrived in the week before this one,
  // leaving out the last 10 minutes (which its sender could not have seen yet).
  let from = 0;
  let to = 0;
  for (const request of byArrival) {
    const arrival = arrivalOf(request);
    while (byArrival[from] && arrivalOf(byArrival[from] as JoinRequest) < arrival - loadWindowMs) from++;
    while (byArrival[to] && arrivalOf(byArrival[to] as JoinRequest) < arrival - maxClockSkewMs) to++;
    const before = Math.max(0, to - from);
    if (request.work >= joinWorkFor(base, before) && request.time >= arrival - loadWindowMs) paid.add(request.id);
  }
  return paid;
}

export function orderRequests(requests: readonly JoinRequest[], context: RequestOrderContext): JoinRequest[] {
  const { base, load, arrivals, now, met } = context;
  const long = joinWorkFor(base, load) > base;
  const paid = long ? paidForLoad(requests, base, arrivals, now) : null;
  const arrivalOf = (request: JoinRequest) => arrivals.get(request.id) ?? now;
  return [...requests].sort((a, b) => {
    if (met) {
      const inPerson = Number(met.has(b.id)) - Number(met.has(a.id));
      if (inPerson !== 0) return inPerson;
    }
    if (paid) {
      const group = Number(paid.has(b.id)) - Number(paid.has(a.id));
      if (group !== 0) return group;
    }
    const arrived = arrivalOf(b) - arrivalOf(a);
    if (arrived !== 0) return arrived;
    const claimed = Math.min(b.time, arrivalOf(b)) - Math.min(a.time, arrivalOf(a));
    if (claimed !== 0) return claimed;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
