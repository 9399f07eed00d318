// What a member does around activities (docs/protocol-together.md §1): put one on the
// agenda, sign up or off, and afterwards say who came ("Ik was er", the organiser's list).
// A coordinator also approves an activity for the pot, says "was er" for a card member
// (`came-for`) and calls off someone else's activity (`activity-call-off`): authority
// entries, so the coordinator's later removal does not undo them.
// Every command writes through the session's write pipeline; the rules decide.
import { idFromText } from '../../core/encoding/base64url.ts';
import type { ActivityFields, ActivityPlan, EntryType } from '../../core/entry/bodies.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';

/** What the activity commands need of their session. */
export interface TogetherHost {
  memberState(): NetworkState | null;
  noMemberRoom(): SessionProblem;
  /** The member this device writes for. */
  memberKey(): string;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class TogetherCommands {
  private readonly host: TogetherHost;

  constructor(host: TogetherHost) {
    this.host = host;
  }

  /** Puts a new activity on the agenda, organised by this member. */
  post(fields: ActivityFields): Promise<WriteResult> {
    return this.host.write('activity', fields);
  }

  /** Changes an activity's plan; its worth and pay stay as written. */
  update(activity: string, plan: ActivityPlan): Promise<WriteResult> {
    return this.known(activity, () => this.host.write('activity-update', { ...plan, activity: idFromText(activity) }));
  }

  /** The organiser cancels its own activity; a coordinator calls off someone else's. */
  cancel(activity: string, reason: string): Promise<WriteResult> {
    return this.known(activity, (state) => {
      const body = { activity: idFromText(activity), reason: reason.trim() };
      const own = state.activities.get(activity)?.organiser === this.host.memberKey();
      return own ? this.host.write('activity-cancel', body) : this.host.write('activity-call-off', body);
    });
  }

  /** "Ik kom" (true) or "Ik kom toch niet" (false). */
  signUp(activity: string, coming: boolean): Promise<WriteResult> {
    return this.known(activity, () =>
      this.host.write(coming ? 'sign-up' : 'sign-off', { activity: idFromText(activity) }),
    );
  }

  /** The organiser's list of who came; a new list replaces the one before. */
  attendance(activity: string, present: readonly string[]): Promise<WriteResult> {
    return this.known(activity, () =>
      this.host.write('attendance', { activity: idFromText(activity), present: present.map(idFromText) }),
    );
  }

  /** "Ik was er", for this member. */
  came(activity: string): Promise<WriteResult> {
    return this.known(activity, () => this.host.write('came', { activity: idFromText(activity) }));
  }

  /** A coordinator's "was er" for a card member, who has no device to say it with. */
  cameFor(activity: string, member: string): Promise<WriteResult> {
    return this.known(activity, () =>
      this.host.write('came-for', { activity: idFromText(activity), member: idFromText(member) }),
    );
  }

  /** A coordinator lets the pot pay its part of this activity. */
  approve(activity: string): Promise<WriteResult> {
    return this.known(activity, () => this.host.write('activity-approve', { activity: idFromText(activity) }));
  }

  private known(activity: string, write: (state: NetworkState) => Promise<WriteResult>): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return Promise.resolve(failed(this.host.noMemberRoom()));
    if (!state.activities.has(activity)) return Promise.resolve(failed('unknown-activity'));
    return write(state);
  }
}
