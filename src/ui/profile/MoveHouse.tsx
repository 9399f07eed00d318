// "Verhuizen naar een andere buurt" (protocol-links.md §5): a member of a network with an
// open link asks to move, after reading plainly what happens; once both coordinators
// agreed, the device that asked opens the new neighbourhood with the key that crossed (MovedNotice).
import { createSignal, Show } from 'solid-js';
import { deviceDatabase } from '../../data/devices/index.ts';
import { holdNewHome, moveChoices, myMove } from '../../data/links/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

/** The settings' section: only while this network has an open link, or a move is under way. */
export function MoveHouse(props: { session: NetworkSession; live: LiveSession }) {
  const choices = props.live.select((view) => (view.memberState ? moveChoices(view.memberState) : []));
  const move = props.live.select((view) =>
    view.memberState ? myMove(view.memberState, view.memberKey) : ({ kind: 'none' } as const),
  );
  const balance = props.live.select((view) => view.memberState?.members.get(view.memberKey)?.balance ?? 0);
  const [chosen, setChosen] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const target = () => choices().find((choice) => choice.link === chosen()) ?? null;
  const ask = async () => {
    const link = chosen();
    if (!link) return;
    setProblem(null);
    const result = await props.session.moves.askToMove(link);
    if (!result.ok) setProblem(problemText(result));
  };

  return (
    <Show when={choices().length > 0 || move().kind !== 'none'}>
      <section class="card" aria-labelledby="move-title" data-testid="move-house">
        <h2 id="move-title">{t('move.title')}</h2>
        <Show when={move().kind === 'none'} fallback={<MoveStatus session={props.session} live={props.live} />}>
          <p>{t('move.intro')}</p>
          <fieldset class="choices single">
            <legend>{t('move.choose')}</legend>
            {/* By link: the choices are made anew at every change, and the radio in focus must stay. */}
            <KeyedFor each={choices()} by={(choice) => choice.link}>
              {(choice) => {
                const link = choice().link;
                return (
                  <label class="choice">
                    <input
                      type="radio"
                      name="move-to"
                      value={link}
                      checked={chosen() === link}
                      onChange={() => setChosen(link)}
                    />
                    {choice().name}
                  </label>
                );
              }}
            </KeyedFor>
          </fieldset>
          <Show when={target()}>
            {(to) => (
              <>
                <h3>{t('move.what')}</h3>
                <ul data-testid="move-what">
                  <li>{t('move.hoursGo', { hours: signedHours(balance()) })}</li>
                  <li>{t('move.historyStays')}</li>
                  <li>{t('move.bothAgree', { to: to().name })}</li>
                  <li>{t('move.afterwards', { to: to().name })}</li>
                  <li>{t('move.thisDevice', { to: to().name })}</li>
                </ul>
                <ProblemMessage text={problem()} />
                <button type="button" class="button" onClick={() => void ask()}>
                  {t('move.confirm', { to: to().name })}
                </button>
              </>
            )}
          </Show>
        </Show>
      </section>
    </Show>
  );
}

/** Where the member's move stands; once moved, the way into the new neighbourhood. */
export function MoveStatus(props: { session: NetworkSession; live: LiveSession }) {
  const move = props.live.select((view) =>
    view.memberState ? myMove(view.memberState, view.memberKey) : ({ kind: 'none' } as const),
  );
  // Read again whenever the view changes: the key arrives with the peer's move-in.
  const home = props.live.select(() => props.session.moves.newHome());
  const [problem, setProblem] = createSignal<string | null>(null);
  const open = async () => {
    const record = home();
    if (!record) return;
    try {
      await holdNewHome(deviceDatabase, record);
    } catch {
      setProblem(t('problem.storageFull'));
      return;
    }
    // The start page opens the network opened last: the new one.
    window.location.hash = '';
    window.location.reload();
  };
  return (
    <div data-testid="move-status">
      <Show when={move().kind === 'asked' ? move() : undefined}>
        {(asked) => <p role="status">{t('move.asked', { to: (asked() as { to: string }).to })}</p>}
      </Show>
      <Show when={move().kind === 'moved' ? move() : undefined}>
        {(moved) => (
          <>
            <p role="status">{t('move.done', { to: (moved() as { to: string }).to })}</p>
            <Show
              when={home()}
              fallback={
                <p class="hint">
                  {/* Only the device that asked goes along; the member's others are told where to go on. */}
                  {(moved() as { key: string }).key === props.session.me
                    ? t('move.waitKey', { to: (moved() as { to: string }).to })
                    : t('move.otherDevice', { to: (moved() as { to: string }).to })}
                </p>
              }
            >
              <ProblemMessage text={problem()} />
              <button type="button" class="button" onClick={() => void open()}>
                {t('move.open', { to: (moved() as { to: string }).to })}
              </button>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

/** On the start page of the old neighbourhood, once moved: the notice and the way to the new one. */
export function MovedNotice(props: { session: NetworkSession; live: LiveSession }) {
  const moved = props.live.select((view) =>
    view.memberState ? myMove(view.memberState, view.memberKey).kind === 'moved' : false,
  );
  return (
    <Show when={moved()}>
      <section class="notice" data-testid="moved-notice">
        <MoveStatus session={props.session} live={props.live} />
      </section>
    </Show>
  );
}
