// The network's settings as one form, for starting a network and for changing it later:
// name, area, house rules, (later) where to find help, the limit, welcome hours, kinds of
// help and relays. Written once, so the two pages cannot drift apart again (one had
// max="24" on the welcome hours, the other inputmode="decimal"): hours are typed as a
// person writes them, "1,5" or "1.5", and the rules in src/core say what is too much.
import { createSignal, For, type JSX, Show } from 'solid-js';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { minutesFromHours } from '../format/hoursInput.ts';
import { mostRelays, parseRelayList } from '../format/relayList.ts';
import { t } from '../i18n.ts';
import { TextArea, TextField } from './Field.tsx';
import { Pictogram } from './Pictogram.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';

export interface NetworkSettingsInput {
  name: string;
  area: string;
  rules: string;
  help: string;
  /** Minutes. */
  creditLimit: number;
  /** Minutes. */
  welcome: number;
  categories: string[];
  relays: string[];
}

/** A problem and the field it belongs to (a field this form does not know is said above the button). */
export interface FieldProblem {
  field: string;
  text: string;
}

const ownFields = ['name', 'area', 'rules', 'help', 'creditLimit', 'welcome', 'categories', 'relays'];

export function NetworkSettingsForm(props: {
  /** Before every field's id: "network" on the start page, "settings" later. */
  idPrefix: string;
  start: Omit<NetworkSettingsInput, 'relays'> & { relays: string };
  /** The kinds of help to choose from. */
  choices: string[];
  rulesLabel: string;
  rulesHint?: string;
  rulesRows?: string;
  /** Where to find help: asked once the network runs, not at the start. */
  withHelp: boolean;
  intro?: JSX.Element;
  /** The page's own fields after the network's, with the names of their problems. */
  more?: (problemFor: (field: string) => string | null) => JSX.Element;
  moreFields?: string[];
  submitLabel: string;
  onSubmit: (settings: NetworkSettingsInput) => Promise<FieldProblem | null>;
  /** Under the button: what happened (saved). */
  after?: JSX.Element;
}) {
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const [name, setName] = createSignal(props.start.name);
  const [area, setArea] = createSignal(props.start.area);
  const [rules, setRules] = createSignal(props.start.rules);
  const [help, setHelp] = createSignal(props.start.help);
  const [limit, setLimit] = createSignal(String(props.start.creditLimit / 60));
  const [welcome, setWelcome] = createSignal(String(props.start.welcome / 60));
  const [categories, setCategories] = createSignal<string[]>([...props.start.categories]);
  const [relays, setRelays] = createSignal(props.start.relays);
  const [problem, setProblem] = createSignal<FieldProblem | null>(null);
  const [busy, setBusy] = createSignal(false);
  const problemFor = (field: string) => (problem()?.field === field ? (problem()?.text ?? null) : null);
  const otherProblem = () => {
    const current = problem();
    return current && ![...ownFields, ...(props.moreFields ?? [])].includes(current.field) ? current.text : null;
  };
  const toggle = (category: string, on: boolean) =>
    setCategories((list) => (on ? [...list, category] : list.filter((c) => c !== category)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const relayList = parseRelayList(relays());
    if (!relayList.ok) {
      const text =
        relayList.problem === 'bad'
          ? t('start.badRelay', { address: relayList.bad ?? '' })
          : relayList.problem === 'too-many'
            ? t('start.tooManyRelays', { max: mostRelays })
            : t('start.noRelay');
      setProblem({ field: 'relays', text });
      return;
    }
    // Text that is no number of hours is said, never saved as 0 hours.
    const creditLimit = minutesFromHours(limit());
    const welcomeMinutes = minutesFromHours(welcome());
    if (creditLimit === null || welcomeMinutes === null) {
      setProblem({ field: creditLimit === null ? 'creditLimit' : 'welcome', text: t('settings.badHours') });
      return;
    }
    setBusy(true);
    try {
      setProblem(
        await props.onSubmit({
          name: name().trim(),
          area: area().trim(),
          rules: rules().trim(),
          help: help().trim(),
          creditLimit,
          welcome: welcomeMinutes,
          categories: categories(),
          relays: relayList.relays,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} novalidate>
      {props.intro}
      <TextField
        id={id('name')}
        label={t('start.name')}
        value={name()}
        onValue={setName}
        problem={problemFor('name')}
      />
      <TextField
        id={id('area')}
        label={t('start.area')}
        value={area()}
        onValue={setArea}
        problem={problemFor('area')}
      />
      <TextArea
        id={id('rules')}
        label={props.rulesLabel}
        hint={props.rulesHint}
        rows={props.rulesRows ?? '3'}
        value={rules()}
        onValue={setRules}
        problem={problemFor('rules')}
      />
      <Show when={props.withHelp}>
        <TextArea
          id={id('help')}
          label={t('settings.help')}
          hint={t('settings.helpHint')}
          rows="2"
          value={help()}
          onValue={setHelp}
          problem={problemFor('help')}
        />
      </Show>
      <TextField
        id={id('limit')}
        label={t('start.creditLimit')}
        inputmode="decimal"
        value={limit()}
        onValue={setLimit}
        problem={problemFor('creditLimit')}
      />
      <TextField
        id={id('welcome')}
        label={t('start.welcome')}
        inputmode="decimal"
        value={welcome()}
        onValue={setWelcome}
        problem={problemFor('welcome')}
      />
      <fieldset class="choices">
        <legend>{t('start.categories')}</legend>
        <For each={props.choices}>
          {(category) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={categories().includes(category)}
                onChange={(event) => toggle(category, event.currentTarget.checked)}
              />
              <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
            </label>
          )}
        </For>
      </fieldset>
      <ProblemMessage text={problemFor('categories')} />
      <TextField
        id={id('relays')}
        label={t('start.relays')}
        hint={t('start.relaysHint')}
        dir="ltr"
        value={relays()}
        onValue={setRelays}
        problem={problemFor('relays')}
      />
      {props.more?.(problemFor)}
      <ProblemMessage text={otherProblem()} />
      <button type="submit" class="button" disabled={busy()}>
        {props.submitLabel}
      </button>
      {props.after}
    </form>
  );
}
