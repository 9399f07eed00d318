// The yearly look back (docs/protocol-together.md §6): a coordinator starts one; a member
// answers, which writes "I took part" at once and keeps the anonymous answer on this device
// until a random moment in the next day (pendingAnswers.ts); then it is written by a key
// made for it alone, with the proof of work the rules ask.
import { findAnswerWork } from '../../core/answerWork.ts';
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType, SurveyQuestion } from '../../core/entry/bodies.ts';
import { identityFromSecrets, newIdentity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { WriteOptions } from '../session/WritePipeline.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import { pendingAnswers } from './pendingAnswers.ts';

/** An answer waits at most this long after the member sent it. */
export const answerDelayMs = 24 * 60 * 60 * 1000;

/** What the commands need of a session: its state, the network, and its writer. */
export interface SurveyHost {
  readonly memberState: NetworkState | null;
  readonly net: Uint8Array;
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult>;
}

export interface NewSurvey {
  title: string;
  questions: SurveyQuestion[];
  opens: number;
  closes: number;
}

export class SurveyCommands {
  private readonly host: SurveyHost;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(
    host: SurveyHost,
    { now = () => Date.now(), random = Math.random }: { now?: () => number; random?: () => number } = {},
  ) {
    this.host = host;
    this.now = now;
    this.random = random;
  }

  /** A coordinator's new look back. */
  start(survey: NewSurvey): Promise<WriteResult> {
    return this.host.write('survey', {
      title: survey.title.trim(),
      questions: survey.questions.map((q) => ({ ...q, text: q.text.trim(), choices: q.choices.map((c) => c.trim()) })),
      opens: survey.opens,
      closes: survey.closes,
    });
  }

  /**
   * "Versturen": "I took part" now, and the answer kept here until its moment, at random
   * within the next day (and before the survey closes).
   */
  async answer(survey: string, answers: number[]): Promise<WriteResult> {
    const found = this.host.memberState?.surveys.get(survey);
    if (!found) return failed('no-member-room');
    const now = this.now();
    const key = newIdentity();
    const room = Math.max(0, Math.min(answerDelayMs, found.closes - now));
    const due = Math.max(found.opens, now + Math.floor(this.random() * room));
    await pendingAnswers(toBase64Url(this.host.net)).put({
      survey,
      answers,
      due,
      signingSecret: key.signing.secretKey,
      boxSecret: key.box.secretKey,
    });
    const result = await this.host.write('answered', { survey: idFromText(survey) });
    if (!result.ok) await pendingAnswers(toBase64Url(this.host.net)).delete(survey);
    return result;
  }

  /** Is an answer to this survey waiting on this device? */
  async waiting(survey: string): Promise<boolean> {
    return (await pendingAnswers(toBase64Url(this.host.net)).get(survey)) !== undefined;
  }

  /** Writes every waiting answer whose moment came, each by its own one-time key. Returns how many went. */
  async sendDue(): Promise<number> {
    const state = this.host.memberState;
    if (!state) return 0;
    const table = pendingAnswers(toBase64Url(this.host.net));
    const now = this.now();
    let sent = 0;
    for (const pending of await table.toArray()) {
      if (pending.due > now || !state.surveys.has(pending.survey)) continue;
      const key = identityFromSecrets(pending.signingSecret, pending.boxSecret);
      const survey = idFromText(pending.survey);
      const work = await findAnswerWork(this.host.net, key.signing.publicKey, survey, state.genesis?.joinWork ?? 0);
      const result = await this.host.write(
        'survey-answer',
        { survey, answers: pending.answers, work },
        { as: key, time: pending.due, apart: true },
      );
      // Written, or refused for good (sent before, by this same key): it waits no longer.
      if (result.ok || result.problem === 'rule' || result.problem === 'field') {
        await table.delete(pending.survey);
        if (result.ok) sent++;
      }
    }
    return sent;
  }
}
