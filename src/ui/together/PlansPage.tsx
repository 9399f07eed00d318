// "Plannen": shared plans, the budgetkring (docs/protocol-together.md §3). Members see what
// each plan needs and what was given, give hours, vote; a form to propose one. Behind
// "Meer" on a phone. Its own clock (every 5 s) so that the "count the votes" button shows
// as soon as voting time is over.
import { type Accessor, createSignal, For, onCleanup, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { PlanCommands, plansOf } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';
import { PlanCard } from './PlanCard.tsx';
import { PlanForm } from './PlanForm.tsx';

export function PlansPage(props: {
  session: NetworkSession;
  live: LiveSession;
  members: Accessor<Map<string, MemberRow>>;
}) {
  const commands = new PlanCommands(props.session);
  const view = props.live.select(plansOf);
  const [adding, setAdding] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  const clock = setInterval(() => setNow(Date.now()), 5000);
  onCleanup(() => clearInterval(clock));
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');
  const members = () =>
    [...props.members().values()]
      .filter((m) => m.status === 'admitted' && !m.roles.includes('kiosk'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((m) => ({ key: m.key, name: m.name }));
  // Cards are kept by the plan's id, so a new pledge elsewhere does not reset a form.
  const ids = () => (view()?.plans ?? []).map((plan) => plan.id);
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p>{t('plans.intro')}</p>
      <p class="hint">{t('plans.rule', { share: view()?.voteShare ?? 50, quorum: view()?.voteQuorum ?? 20 })}</p>
      <Show
        when={adding()}
        fallback={
          <button type="button" class="button" data-testid="add-plan" onClick={() => setAdding(true)}>
            {t('plans.new')}
          </button>
        }
      >
        <section class="card" aria-labelledby="plan-form-title">
          <h2 id="plan-form-title">{t('plans.formTitle')}</h2>
          <PlanForm session={props.session} members={props.members} onPosted={() => setAdding(false)} />
        </section>
      </Show>
      <Show when={ids().length > 0} fallback={<p class="meta">{t('plans.none')}</p>}>
        <div class="list" data-testid="plans">
          <For each={ids()}>
            {(id) => (
              <Show when={view()?.plans.find((plan) => plan.id === id)}>
                {(plan) => (
                  <PlanCard
                    commands={commands}
                    plan={plan()}
                    now={now()}
                    coordinator={view()?.coordinator ?? false}
                    nameOf={nameOf}
                    members={members}
                  />
                )}
              </Show>
            )}
          </For>
        </div>
      </Show>
    </>
  );
}
