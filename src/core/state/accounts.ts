// Moving minutes between accounts: each member's balance and the community pot. Shared by
// the rules that pay (transfer, pot-donate) and those that credit on admission.
import type { Member, MemberKey, NetworkState } from './NetworkState.ts';

/** Moves minutes from one account to another; null is the community pot. */
export function move(state: NetworkState, from: MemberKey | null, to: MemberKey | null, minutes: number): void {
  if (from === null) state.pot -= minutes;
  else {
    const payer = state.members.get(from);
    if (payer) {
      payer.balance -= minutes;
      payer.given += minutes;
    }
  }
  if (to === null) state.pot += minutes;
  else {
    const receiver = state.members.get(to);
    if (receiver) {
      receiver.balance += minutes;
      receiver.received += minutes;
    }
  }
}

/** Welcome hours (or an opening balance, which may be below zero) from the pot to a newcomer. */
export function credit(state: NetworkState, member: Member, minutes: number): void {
  state.pot -= minutes;
  member.balance += minutes;
  if (minutes > 0) member.received += minutes;
  else member.given -= minutes;
  member.welcome += minutes;
}
