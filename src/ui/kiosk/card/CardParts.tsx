// The parts of group records waiting for the card member's answer at the kiosk (together §2):
// who, how many hours, for what, in the phone's words, with its "Ja, dit klopt" and "Nee, dit
// klopt niet"; the answer is signed by the card, via the kiosk. Shown only when one waits.
// On the wall each part is one row in the home's three columns (words, yes, no), so its
// buttons are the size of "Vraag hulp" and stand in the first screen above "Lees voor".
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { CardSession } from '../../../data/kiosk/index.ts';
import type { MemberRow } from '../../../data/store/index.ts';
import { type PartLine, partsToAnswer } from '../../../data/together/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { hoursText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';

export function CardParts(props: { card: CardSession; live: LiveSession }) {
  const open = props.live.select(() => partsToAnswer(props.card));
  const names = useLiveQuery<MemberRow[] | undefined>(() => props.card.db.members.toArray(), undefined);
  const nameOf = (key: string) => names()?.find((m) => m.key === key)?.name || t('common.someone');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [said, setSaid] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const answer = async (part: PartLine, agree: boolean) => {
    setBusy(true);
    setProblem(null);
    setSaid(false);
    const result = await props.card.groupHours.answer(part.record, part.index, agree);
    setBusy(false);
    if (result.ok) setSaid(true);
    else setProblem(problemText(result));
  };
  const text = (part: PartLine) =>
    part.receiver === props.card.me
      ? t('sharing.parts.youGet', { name: nameOf(part.payer), hours: hoursText(part.minutes), what: part.what })
      : t('sharing.parts.youGive', { name: nameOf(part.receiver), hours: hoursText(part.minutes), what: part.what });
  return (
    <Show when={open().length > 0 || said() || problem()}>
      <section aria-labelledby="card-parts-title" data-testid="card-parts">
        <h2 id="card-parts-title">{t('sharing.parts.title')}</h2>
        <Show when={open().length > 0}>
          <p>{t('sharing.parts.intro')}</p>
        </Show>
        <ul class="kiosk-list">
          <For each={open()}>
            {(part) => {
              // Each "Ja" and "Nee" says which part it answers: with two parts waiting, a screen
              // reader otherwise hears "Ja, dit klopt" twice with nothing to tell them apart.
              const id = createUniqueId();
              return (
                <li class="kiosk-part" data-testid="card-part">
                  <p id={id}>
                    <strong>{text(part)}</strong>
                  </p>
                  <button
                    type="button"
                    class="button kiosk-big"
                    aria-describedby={id}
                    disabled={busy()}
                    onClick={() => void answer(part, true)}
                  >
                    {t('sharing.parts.agree')}
                  </button>
                  <button
                    type="button"
                    class="button secondary kiosk-big"
                    aria-describedby={id}
                    disabled={busy()}
                    onClick={() => void answer(part, false)}
                  >
                    {t('sharing.parts.decline')}
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
        <ProblemMessage text={problem()} />
        <Show when={said()}>
          <p class="notice" role="status">
            {t('together.cardSaid')}
          </p>
        </Show>
      </section>
    </Show>
  );
}
