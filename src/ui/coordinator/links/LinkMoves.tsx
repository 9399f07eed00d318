// Moving house across a link, the coordinators' side (protocol-links.md §5): members of ours
// who asked to move (agree: move-out), members of the other neighbourhood moving here
// (welcome: move-in), and who moved away (their history stays here).
import { createSignal, For, type JSX, Show } from 'solid-js';
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
      <MoveList id="move-requests" title={t('move.requestsTitle')} rows={requests()} row="move-request">
        {(request) => (
          <>
            <p>{t('move.requestRow', { name: request.name, to: request.to, hours: signedHours(request.minutes) })}</p>
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() => void act(() => props.session.moves.moveOut(request.member))}
            >
              {t('move.agree', { name: request.name, to: request.to })}
            </button>
          </>
        )}
      </MoveList>
      <MoveList id="move-incoming" title={t('move.incomingTitle')} rows={incoming()} row="move-incoming-row">
        {(move) => (
          <>
            <p>{t('move.incomingRow', { name: move.name, from: move.from, hours: signedHours(move.minutes) })}</p>
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() => void act(() => props.session.moves.moveIn(move.record))}
            >
              {t('move.welcome', { name: move.name })}
            </button>
          </>
        )}
      </MoveList>
      <MoveList id="move-moved" title={t('move.movedTitle')} rows={moved()} row="move-moved-row">
        {(gone) => t('move.movedRow', { name: gone.name, to: gone.to })}
      </MoveList>
    </div>
  );
}

/** One titled list of moves, shown only while it has rows. */
function MoveList<R>(props: { id: string; title: string; rows: R[]; row: string; children: (row: R) => JSX.Element }) {
  return (
    <Show when={props.rows.length > 0}>
      <section aria-labelledby={`${props.id}-title`}>
        <h3 id={`${props.id}-title`}>{props.title}</h3>
        <ul class="list" data-testid={props.id}>
          <For each={props.rows}>
            {(row) => (
              <li class="item" data-testid={props.row}>
                {props.children(row)}
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
