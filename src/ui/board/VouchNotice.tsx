// On every member's board while no coordinator can act (src/core/rules/vouch.ts): one
// plain notice, the choice of a member, and how many chose whom (counts only).
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { vouchStanding } from '../../data/coordinator/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { MemberSelect } from '../common/MemberSelect.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

export function VouchNotice(props: { session: NetworkSession; live: LiveSession }) {
  const standing = props.live.select(vouchStanding);
  return <Show when={standing()}>{(shown) => <VouchChoice session={props.session} standing={shown()} />}</Show>;
}

function VouchChoice(props: { session: NetworkSession; standing: NonNullable<ReturnType<typeof vouchStanding>> }) {
  const id = createUniqueId();
  const [picked, setPicked] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // Until this member picks someone else, the choice shows whom they chose last (or the first).
  const current = () => picked() ?? props.standing.mine ?? props.standing.candidates[0]?.key ?? '';
  const nameOf = (key: string | null) => props.standing.candidates.find((c) => c.key === key)?.name ?? '';
  const chosen = () => props.standing.candidates.filter((c) => c.voices > 0).sort((a, b) => b.voices - a.voices);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await props.session.vouching.vouch(current());
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    if (result.ok) setPicked(null);
  };
  return (
    <section class="card notice-card" aria-labelledby={`${id}-title`} data-testid="vouch-notice">
      <h2 id={`${id}-title`}>{t('vouch.title')}</h2>
      <p>{t('vouch.notice')}</p>
      <p class="hint">{t('vouch.needed', { needed: props.standing.needed, members: props.standing.members })}</p>
      <form class="form compact" onSubmit={(event) => void submit(event)}>
        <div class="field">
          <label for={`${id}-member`}>{t('vouch.member')}</label>
          <MemberSelect
            id={`${id}-member`}
            members={props.standing.candidates}
            value={current()}
            onChoose={setPicked}
          />
        </div>
        <button type="submit" class="button" disabled={busy()}>
          {t('vouch.choose', { name: nameOf(current()) })}
        </button>
        <ProblemMessage text={problem()} />
      </form>
      <Show when={props.standing.mine}>
        {(mine) => <p role="status">{t('vouch.mine', { name: nameOf(mine()) })}</p>}
      </Show>
      <Show when={chosen().length > 0} fallback={<p class="meta">{t('vouch.nobody')}</p>}>
        <p class="meta">{t('vouch.standing')}</p>
        <ul class="list" data-testid="vouch-counts">
          <For each={chosen()}>
            {(candidate) => (
              <li class="item" data-testid="vouch-count">
                {t('vouch.voices', { name: candidate.name, count: candidate.voices })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
