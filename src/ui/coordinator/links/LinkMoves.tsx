// Moving house across a link, the coordinators' side (protocol-links.md §5): members of ours
// who asked to move (agree: move-out), members of the other neighbourhood moving here
// (welcome: move-in), and who moved away (their history stays here).
import { createSignal, For, Show } from 'solid-js';
import { incomingMoves, movedOut, moveRequests } from '../../../data/links/index.ts';
import type { NetworkSession, WriteResult } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { signedHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';

export function LinkMoves(props: { session: NetworkSession; live: LiveSession }) {
  const requests = props.live.select((view) => (view.memberState ? moveRequests(view.memberState) : []));
  const incoming = props.live.select((view) => (view.memberState ? incomingMoves(view.memberState) : []));
  const moved = props.live.select((view) => (view.memberState ? movedOut(view.memberState) : []));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const act = async (write: () => Promise<WriteResult>) => {
    setProblem(null);
    setBusy(true);
    try {
      const result = await write();
      if (!result.ok) setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="link-moves">
      <ProblemMessage text={problem()} />
      <Show when={requests().length > 0}>
        <section aria-labelledby="move-requests-title">
          <h3 id="move-requests-title">{t('move.requestsTitle')}</h3>
          <ul class="list" data-testid="move-requests">
            <For each={requests()}>
              {(request) => (
                <li class="item" data-testid="move-request">
                  <p>
                    {t('move.requestRow', { name: request.name, to: request.to, hours: signedHours(request.minutes) })}
                  </p>
                  <button
                    type="button"
                    class="button"
                    disabled={busy()}
                    onClick={() => void act(() => props.session.moves.moveOut(request.member))}
                  >
                    {t('move.agree', { name: request.name, to: request.to })}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={incoming().length > 0}>
        <section aria-labelledby="move-incoming-title">
          <h3 id="move-incoming-title">{t('move.incomingTitle')}</h3>
          <ul class="list" data-testid="move-incoming">
            <For each={incoming()}>
              {(move) => (
                <li class="item" data-testid="move-incoming-row">
                  <p>{t('move.incomingRow', { name: move.name, from: move.from, hours: signedHours(move.minutes) })}</p>
                  <button
                    type="button"
                    class="button"
                    disabled={busy()}
                    onClick={() => void act(() => props.session.moves.moveIn(move.record))}
                  >
                    {t('move.welcome', { name: move.name })}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={moved().length > 0}>
        <section aria-labelledby="move-moved-title">
          <h3 id="move-moved-title">{t('move.movedTitle')}</h3>
          <ul class="list" data-testid="move-moved">
            <For each={moved()}>
              {(gone) => (
                <li class="item" data-testid="move-moved-row">
                  {t('move.movedRow', { name: gone.name, to: gone.to })}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </div>
  );
}
