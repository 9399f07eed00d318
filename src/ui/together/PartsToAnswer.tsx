// Parts of group records this member is asked to confirm, at the top of their appointments
// (where proposals of hours are confirmed too), and where their own parts stand, below them.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { GroupHoursCommands, myParts, type PartLine, partsToAnswer } from '../../data/together/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

const statusText: Record<PartLine['status'], MessageKey> = {
  moved: 'sharing.parts.moved',
  declined: 'sharing.parts.declined',
  waiting: 'sharing.parts.waiting',
};

/** The parts this member is asked to confirm: a card with an answer for each. */
export function PartsToAnswer(props: {
  session: NetworkSession;
  live: LiveSession;
  members: () => Map<string, MemberRow>;
}) {
  const commands = new GroupHoursCommands(props.session);
  const open = props.live.select(partsToAnswer);
  const line = partText(props.session, props.members);
  return (
    <Show when={open().length > 0}>
      <section class="card" aria-labelledby="parts-title" data-testid="parts-to-answer">
        <h2 id="parts-title">{t('sharing.parts.title')}</h2>
        <p>{t('sharing.parts.intro')}</p>
        <ul class="list">
          <For each={open()}>{(part) => <AnswerPart commands={commands} part={part} text={line(part)} />}</For>
        </ul>
      </section>
    </Show>
  );
}

/** Every part of group records this member is in, and where each stands. */
export function MyParts(props: { session: NetworkSession; live: LiveSession; members: () => Map<string, MemberRow> }) {
  const mine = props.live.select(myParts);
  const line = partText(props.session, props.members);
  return (
    <Show when={mine().length > 0}>
      <h2>{t('sharing.parts.mine')}</h2>
      <ul class="list" data-testid="my-parts">
        <For each={mine()}>
          {(part) => (
            <li class="item" data-testid="my-part" data-status={part.status}>
              {line(part)} · <strong>{t(statusText[part.status])}</strong>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** A part in words, from this member's side: who gives whom how much, for what. */
function partText(session: NetworkSession, members: () => Map<string, MemberRow>) {
  const nameOf = (key: string) => members().get(key)?.name || t('common.someone');
  return (part: PartLine) =>
    part.receiver === session.memberKey
      ? t('sharing.parts.youGet', { name: nameOf(part.payer), hours: hoursText(part.minutes), what: part.what })
      : t('sharing.parts.youGive', { name: nameOf(part.receiver), hours: hoursText(part.minutes), what: part.what });
}

function AnswerPart(props: { commands: GroupHoursCommands; part: PartLine; text: string }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const answer = async (agree: boolean) => {
    setBusy(true);
    setProblem(null);
    const result = await props.commands.answer(props.part.record, props.part.index, agree);
    setBusy(false);
    if (!result.ok) setProblem(problemText(result));
  };
  // Each button says which part it answers: with two parts waiting, a screen reader would
  // otherwise hear "Ja, dit klopt" twice with nothing to tell them apart.
  const id = createUniqueId();
  return (
    <li class="item" data-testid="part-to-answer">
      <p id={id}>{props.text}</p>
      <div class="actions">
        <button type="button" class="button" aria-describedby={id} disabled={busy()} onClick={() => void answer(true)}>
          {t('sharing.parts.agree')}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-describedby={id}
          disabled={busy()}
          onClick={() => void answer(false)}
        >
          {t('sharing.parts.decline')}
        </button>
      </div>
      <ProblemMessage text={problem()} />
    </li>
  );
}
