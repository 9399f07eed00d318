// The hours, minutes and "what for" fields every hours form shares (a proposal to a neighbour,
// a payment across a link), and the one check of what was typed: more than nothing, at most
// a day.
import { type Accessor, createSignal, For, type Setter } from 'solid-js';
import { t } from '../i18n.ts';

export interface HoursInput {
  hours: Accessor<string>;
  setHours: Setter<string>;
  minutes: Accessor<string>;
  setMinutes: Setter<string>;
  what: Accessor<string>;
  setWhat: Setter<string>;
}

/** The fields' state, starting at one hour for `what`. */
export function createHoursInput(what: string): HoursInput {
  const [hours, setHours] = createSignal('1');
  const [minutes, setMinutes] = createSignal('0');
  const [whatFor, setWhat] = createSignal(what);
  return { hours, setHours, minutes, setMinutes, what: whatFor, setWhat };
}

/** The minutes typed, or the words that say why they cannot be sent. */
export function typedMinutes(input: HoursInput): { minutes: number } | { problem: string } {
  const total = Math.round(Number(input.hours()) * 60 + Number(input.minutes()));
  if (!Number.isFinite(total) || total <= 0) return { problem: t('hours.tooLittle') };
  if (total > 24 * 60) return { problem: t('hours.tooMuch') };
  return { minutes: total };
}

export function HoursFields(props: { input: HoursInput; prefix: string }) {
  const input = props.input;
  return (
    <>
      <div class="inline-fields">
        <div class="field">
          <label for={`${props.prefix}-h`}>{t('hours.hours')}</label>
          <input
            id={`${props.prefix}-h`}
            type="number"
            min="0"
            max="24"
            inputmode="numeric"
            value={input.hours()}
            onInput={(event) => input.setHours(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${props.prefix}-m`}>{t('hours.minutes')}</label>
          <select
            id={`${props.prefix}-m`}
            value={input.minutes()}
            onChange={(event) => input.setMinutes(event.currentTarget.value)}
          >
            <For each={['0', '15', '30', '45']}>{(m) => <option value={m}>{m}</option>}</For>
          </select>
        </div>
      </div>
      <label for={`${props.prefix}-what`}>{t('hours.what')}</label>
      <input
        id={`${props.prefix}-what`}
        value={input.what()}
        onInput={(event) => input.setWhat(event.currentTarget.value)}
      />
    </>
  );
}
