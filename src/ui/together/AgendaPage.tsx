// "Agenda": the activities still to come, a form to add one, and the ones that took place
// where this member has something to do (tick who came, "Ik was er", approve for the pot).
import { type Accessor, createSignal, For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { type AgendaItem, agendaAt } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';
import { ActivityCard } from './ActivityCard.tsx';
import { ActivityForm } from './ActivityForm.tsx';

export function AgendaPage(props: {
  session: NetworkSession;
  live: LiveSession;
  members: Accessor<Map<string, MemberRow>>;
  categories: string[];
  now: Accessor<number>;
}) {
  const agenda = props.live.select((view) => agendaAt(props.now())(view));
  const [adding, setAdding] = createSignal(false);
  const nameOf = (key: string) => props.members().get(key)?.name ?? '…';
  const past = () => agenda()?.past ?? [];
  const upcoming = () => (agenda()?.items ?? []).filter((item) => item.activity.starts > props.now());
  // Cards are kept by the activity's id, so a change elsewhere does not reset what is ticked.
  const card = (items: () => AgendaItem[], id: string) => {
    const item = () => items().find((found) => found.activity.id === id);
    return (
      <Show when={item()}>
        {(shown) => (
          <ActivityCard
            session={props.session}
            item={shown()}
            now={props.now()}
            coordinator={agenda()?.coordinator ?? false}
            cardMembers={agenda()?.cardMembers ?? []}
            nameOf={nameOf}
          />
        )}
      </Show>
    );
  };
  const ids = (items: AgendaItem[]) => items.map((item) => item.activity.id);
  return (
    <>
      <h1>{t('together.agenda')}</h1>
      <p>{t('together.intro')}</p>
      <Show
        when={adding()}
        fallback={
          <button type="button" class="button" data-testid="add-activity" onClick={() => setAdding(true)}>
            {t('together.new')}
          </button>
        }
      >
        <section class="card" aria-labelledby="activity-form-title">
          <h2 id="activity-form-title">{t('together.formTitle')}</h2>
          <ActivityForm
            session={props.session}
            categories={props.categories}
            proposedPay={agenda()?.proposedPay ?? 'participants'}
            onPosted={() => setAdding(false)}
          />
        </section>
      </Show>
      <Show when={upcoming().length > 0} fallback={<p class="meta">{t('together.none')}</p>}>
        <div class="list" data-testid="agenda">
          <For each={ids(upcoming())}>{(id) => card(upcoming, id)}</For>
        </div>
      </Show>
      <Show when={past().length > 0}>
        <h2>{t('together.past')}</h2>
        <div class="list" data-testid="agenda-past">
          <For each={ids(past())}>{(id) => card(past, id)}</For>
        </div>
      </Show>
    </>
  );
}
