// The network's settings after the start: house rules, the limit, welcome hours, kinds of
// help, where to find help, relays. Saved as a signed entry that counts from its place on;
// members are told that the house rules changed.
import { createSignal, For, Show } from 'solid-js';
import type { Settings } from '../../data/coordinator/settingsSelectors.ts';
import { currentSettings } from '../../data/coordinator/settingsSelectors.ts';
import { problemField, problemText } from '../app/problemText.ts';
import { categoryLabel, defaultCategories, pictogramOf } from '../board/categories.ts';
import { TextArea, TextField } from '../common/Field.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { mostRelays, parseRelayList } from '../format/relayList.ts';
import { t } from '../i18n.ts';
import type { SectionProps } from './Section.ts';

export function SettingsSection(props: SectionProps) {
  const settings = props.live.select(currentSettings);
  // The form starts from the settings as they are when it is first shown.
  return <Show when={settings()}>{(start) => <SettingsForm {...props} start={start()} />}</Show>;
}

function SettingsForm(props: SectionProps & { start: Settings }) {
  const [name, setName] = createSignal(props.start.name);
  const [area, setArea] = createSignal(props.start.area);
  const [rules, setRules] = createSignal(props.start.rules);
  const [help, setHelp] = createSignal(props.start.help);
  const [limit, setLimit] = createSignal(String(props.start.creditLimit / 60));
  const [welcome, setWelcome] = createSignal(String(props.start.welcome / 60));
  const [categories, setCategories] = createSignal<string[]>([...props.start.categories]);
  const [relays, setRelays] = createSignal(props.start.relays.join(' '));
  const [problem, setProblem] = createSignal<{ field: string; text: string } | null>(null);
  const [saved, setSaved] = createSignal(false);
  const all = () => [...new Set([...defaultCategories, ...props.start.categories])];
  const problemFor = (field: string) => (problem()?.field === field ? problem()?.text : null);
  const toggle = (category: string, on: boolean) =>
    setCategories((list) => (on ? [...list, category] : list.filter((c) => c !== category)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
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
    const result = await props.session.coordinator.changeSettings({
      name: name().trim(),
      area: area().trim(),
      rules: rules().trim(),
      help: help().trim(),
      creditLimit: Math.round(Number(limit().replace(',', '.')) * 60) || 0,
      welcome: Math.round(Number(welcome().replace(',', '.')) * 60) || 0,
      categories: categories(),
      relays: relayList.relays,
    });
    if (!result.ok) {
      setProblem({ field: problemField(result) ?? 'form', text: problemText(result) });
      return;
    }
    setSaved(true);
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} novalidate>
      <p class="hint">{t('settings.intro')}</p>
      <TextField
        id="settings-name"
        label={t('start.name')}
        value={name()}
        onValue={setName}
        problem={problemFor('name')}
      />
      <TextField
        id="settings-area"
        label={t('start.area')}
        value={area()}
        onValue={setArea}
        problem={problemFor('area')}
      />
      <TextArea
        id="settings-rules"
        label={t('settings.rules')}
        hint={t('settings.rulesHint')}
        rows="5"
        value={rules()}
        onValue={setRules}
        problem={problemFor('rules')}
      />
      <TextArea
        id="settings-help"
        label={t('settings.help')}
        hint={t('settings.helpHint')}
        rows="2"
        value={help()}
        onValue={setHelp}
        problem={problemFor('help')}
      />
      <TextField
        id="settings-limit"
        label={t('start.creditLimit')}
        inputmode="decimal"
        value={limit()}
        onValue={setLimit}
        problem={problemFor('creditLimit')}
      />
      <TextField
        id="settings-welcome"
        label={t('start.welcome')}
        inputmode="decimal"
        value={welcome()}
        onValue={setWelcome}
        problem={problemFor('welcome')}
      />
      <fieldset class="choices">
        <legend>{t('start.categories')}</legend>
        <For each={all()}>
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
      <Show when={problemFor('categories')}>
        <p class="problem" role="alert">
          {problemFor('categories')}
        </p>
      </Show>
      <TextField
        id="settings-relays"
        label={t('start.relays')}
        hint={t('start.relaysHint')}
        value={relays()}
        onValue={setRelays}
        problem={problemFor('relays')}
      />
      <Show when={problemFor('form')}>
        <p class="problem" role="alert">
          {problemFor('form')}
        </p>
      </Show>
      <button type="submit" class="button">
        {t('settings.save')}
      </button>
      <Show when={saved()}>
        <p role="status">{t('settings.saved')}</p>
      </Show>
    </form>
  );
}
