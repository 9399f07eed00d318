// Building histories of shared plans for tests (docs/protocol-together.md §3): a
// neighbourhood, each plan entry by name, and what plans moved.
import type { PlanFields } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { keyOf, TestNetwork, type WriteOptions } from './TestNetwork.ts';

export const hour = 60 * 60 * 1000;
export const day = 24 * hour;

/** Five members with 120 welcome minutes each; the founder is the coordinator. */
export function neighbourhood() {
  const network = new TestNetwork();
  const [anna, bram, cor, dirk, eva] = ['Anna', 'Bram', 'Cor', 'Dirk', 'Eva'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
    Identity,
    Identity,
  ];
  return { network, anna, bram, cor, dirk, eva, founder: network.founder };
}

export function propose(
  network: TestNetwork,
  author: Identity,
  fields: Partial<Omit<PlanFields, 'guides' | 'circle'>> & { guides?: Identity[]; circle?: Identity[] } = {},
): SignedEntry {
  const { guides = [author], circle = [], ...rest } = fields;
  return network.write(author, 'plan', {
    title: 'Een bankje bij de speeltuin',
    text: 'We timmeren samen een bankje.',
    minutes: 600,
    voteEnd: network.clock + day,
    doneBy: network.clock + 30 * day,
    guides: guides.map((g) => g.signing.publicKey),
    circle: circle.map((c) => c.signing.publicKey),
    ...rest,
  });
}

export const pledge = (network: TestNetwork, by: Identity, plan: SignedEntry, minutes: number, time?: number) =>
  network.write(by, 'pledge', { plan: plan.id, minutes }, time === undefined ? {} : { time });
export const vote = (network: TestNetwork, by: Identity, plan: SignedEntry, yes: boolean, options?: WriteOptions) =>
  network.write(by, 'vote', { plan: plan.id, yes }, options);
export const close = (network: TestNetwork, by: Identity, plan: SignedEntry, options?: WriteOptions) =>
  network.write(by, 'plan-close', { plan: plan.id }, options);
export const pay = (network: TestNetwork, by: Identity, plan: SignedEntry, to: Identity, minutes: number) =>
  network.write(by, 'plan-pay', { plan: plan.id, to: to.signing.publicKey, minutes, what: 'Getimmerd' });
export const end = (network: TestNetwork, by: Identity, plan: SignedEntry, options?: WriteOptions) =>
  network.write(by, 'plan-end', { plan: plan.id }, options);
export const grant = (network: TestNetwork, plan: SignedEntry, minutes: number) =>
  network.write(network.founder, 'plan-grant', { plan: plan.id, minutes, reason: 'Uit de buurtpot' });

/** Each member's balance minus the welcome hours: what plans moved. */
export function moved(state: NetworkState, ...who: Identity[]): number[] {
  return who.map((m) => {
    const member = state.members.get(keyOf(m));
    return (member?.balance ?? Number.NaN) - (member?.welcome ?? 0);
  });
}

/** Balances, the pot and every plan's account: together always zero. */
export function total(state: NetworkState): number {
  let sum = state.pot;
  for (const member of state.members.values()) sum += member.balance;
  for (const plan of state.plans.values()) sum += plan.outcome.account;
  return sum;
}

/** Moves the test clock past a plan's voteEnd (proposed with the default of a day). */
export const pastVoteEnd = (network: TestNetwork) => network.tick(day + 60_000);
