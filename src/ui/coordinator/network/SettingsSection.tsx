// The network's settings after the start: house rules, the limit, welcome hours, kinds of
// help, where to find help, relays. Saved as a signed entry that counts from its place on;
// members are told that the house rules changed. Below them the network's agreements (policy).
import { createSignal, Show } from 'solid-js';
import type { Settings } from '../../../data/coordinator/index.ts';
import { currentPolicy, currentSettings } from '../../../data/coordinator/index.ts';
import { problemField, problemText } from '../../app/problemText.ts';
import { defaultCategories } from '../../board/categories.ts';
import { NetworkSettingsForm, type NetworkSettingsInput } from '../../common/NetworkSettingsForm.tsx';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';
import { PolicyForm } from './PolicyForm.tsx';

export function SettingsSection(props: SectionProps) {
  const settings = props.live.select(currentSettings);
  const policy = props.live.select(currentPolicy);
  // Each form starts from what holds when it is first shown.
  return (
    <>
      <Show when={settings()}>{(start) => <SettingsForm {...props} start={start()} />}</Show>
      <Show when={policy()}>{(start) => <PolicyForm {...props} start={start()} />}</Show>
    </>
  );
}

function SettingsForm(props: SectionProps & { start: Settings }) {
  const [saved, setSaved] = createSignal(false);
  const save = async (settings: NetworkSettingsInput) => {
    setSaved(false);
    const result = await props.session.coordinator.changeSettings(settings);
    if (!result.ok) return { field: problemField(result) ?? 'form', text: problemText(result) };
    setSaved(true);
    return null;
  };
  return (
    <NetworkSettingsForm
      idPrefix="settings"
      start={{ ...props.start, relays: props.start.relays.join(' ') }}
      choices={[...new Set([...defaultCategories, ...props.start.categories])]}
      rulesLabel={t('settings.rules')}
      rulesHint={t('settings.rulesHint')}
      rulesRows="5"
      withHelp
      intro={<p class="hint">{t('settings.intro')}</p>}
      submitLabel={t('settings.save')}
      onSubmit={save}
      after={
        <Show when={saved()}>
          <p role="status">{t('settings.saved')}</p>
        </Show>
      }
    />
  );
}
