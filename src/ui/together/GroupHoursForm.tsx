// "Uren voor meer mensen": from an exchange, one record of hours with several neighbours
// (docs/protocol-together.md §2). The member pays each, or each pays the member; each
// neighbour confirms their own part in their list of hours to confirm.
import { createSignal, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { GroupHoursCommands } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

const maxNeighbours = 16;

export function GroupHoursForm(props: {
  session: NetworkSession;
  members: () => Map<string, MemberRow>;
  /** The exchange's other member, chosen from the start. */
  other: string;
  post: string;
  what: string;
}) {
  const commands = new GroupHoursCommands(props.session);
  const [direction, setDirection] = createSignal<'pay' | 'receive'>('receive');
  const [chosen, setChosen] = createSignal<Map<string, string>>(new Map([[props.other, '60']]));
  const [what, setWhat] = createSignal(props.what);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal(false);
  // The form exists only while open: its fields never stand beside the exchange's own.
  const [open, setOpen] = createSignal(false);
  const prefix = `group-${props.post.slice(0, 8)}-${props.other.slice(0, 8)}`;
  const neighbours = () =>
    [...props.members().values()]
      .filter((m) => m.status === 'admitted' && m.key !== props.session.memberKey && m.name)
      .sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (key: string, on: boolean) => {
    const next = new Map(chosen());
    if (on) next.set(key, '60');
    else next.delete(key);
    setChosen(next);
  };
  const setMinutes = (key: string, value: string) => setChosen(new Map(chosen()).set(key, value));
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const shares = [...chosen()].map(([member, value]) => ({ member, minutes: Math.round(Number(value)) }));
    if (shares.length === 0 || shares.length > maxNeighbours) {
      setProblem(t('sharing.group.noneChosen'));
      return;
    }
    if (shares.some((s) => !Number.isFinite(s.minutes) || s.minutes < 1 || s.minutes > 24 * 60)) {
      setProblem(t('sharing.group.badMinutes'));
      return;
    }
    const result = await commands.record(direction(), shares, what(), props.post);
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setSent(true);
    setChosen(new Map());
  };
  return (
    <details class="group-hours" data-testid="group-hours" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('sharing.group.open')}</summary>
      <Show when={open()}>
        <form class="form compact" onSubmit={(event) => void send(event)} novalidate>
          <p class="hint">{t('sharing.group.intro')}</p>
          <fieldset>
            <legend>{t('sharing.group.direction')}</legend>
            <label>
              <input
                type="radio"
                name={`${prefix}-direction`}
                checked={direction() === 'receive'}
                onChange={() => setDirection('receive')}
              />{' '}
              {t('sharing.group.receive')}
            </label>
            <label>
              <input
                type="radio"
                name={`${prefix}-direction`}
                checked={direction() === 'pay'}
                onChange={() => setDirection('pay')}
              />{' '}
              {t('sharing.group.pay')}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('sharing.group.who')}</legend>
            <ul class="plain-list">
              {/* By key: the members' rows are read anew at every write, and the minutes being typed keep focus. */}
              <KeyedFor each={neighbours()} by={(member) => member.key}>
                {(member) => {
                  // The row's key: the same for as long as the row lives.
                  const key = member().key;
                  return (
                    <li data-testid="group-neighbour">
                      <label>
                        <input
                          type="checkbox"
                          checked={chosen().has(key)}
                          onChange={(event) => toggle(key, event.currentTarget.checked)}
                        />{' '}
                        {member().name}
                      </label>
                      <Show when={chosen().has(key)}>
                        <label for={`${prefix}-${key.slice(0, 8)}`}>
                          {t('sharing.group.minutesFor', { name: member().name })}
                        </label>
                        <input
                          id={`${prefix}-${key.slice(0, 8)}`}
                          type="number"
                          min="1"
                          max="1440"
                          inputmode="numeric"
                          value={chosen().get(key) ?? ''}
                          onInput={(event) => setMinutes(key, event.currentTarget.value)}
                        />
                      </Show>
                    </li>
                  );
                }}
              </KeyedFor>
            </ul>
          </fieldset>
          <label for={`${prefix}-what`}>{t('sharing.group.what')}</label>
          <input id={`${prefix}-what`} value={what()} maxLength={300} onInput={(e) => setWhat(e.currentTarget.value)} />
          <ProblemMessage text={problem()} />
          <Show when={sent()}>
            <p class="notice" role="status" data-testid="group-sent">
              {t('sharing.group.sent')}
            </p>
          </Show>
          <button type="submit" class="button">
            {t('sharing.group.send')}
          </button>
        </form>
      </Show>
    </details>
  );
}
