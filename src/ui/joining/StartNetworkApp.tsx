// The coordinator's first step: start a network.
import { createSignal } from 'solid-js';
import { checkBody } from '../../core/entry/checkBody.ts';
import { deviceDatabase } from '../../data/devices/index.ts';
import { foundNetwork, joinWorkChoices } from '../../data/joining/index.ts';
import { pageRelay } from '../../sync/signallingUrls.ts';
import { problemField, problemText } from '../app/problemText.ts';
import { openSession } from '../app/session.ts';
import { defaultCategories } from '../board/categories.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { TextField } from '../common/Field.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { type FieldProblem, NetworkSettingsForm, type NetworkSettingsInput } from '../common/NetworkSettingsForm.tsx';
import { defaultRelayText } from '../format/relayList.ts';
import { t, wantOfficeTexts } from '../i18n.ts';

// This page shows the office's texts (ui/i18n.ts): here before it starts, so it never shows a key.
await wantOfficeTexts();

export function StartNetworkApp() {
  return (
    <BrowserSupport>
      <StartNetwork />
    </BrowserSupport>
  );
}

function StartNetwork() {
  const [yourName, setYourName] = createSignal('');
  const [joinWork, setJoinWork] = createSignal(String(joinWorkChoices.standard));

  const start = async (settings: NetworkSettingsInput): Promise<FieldProblem | null> => {
    const profile = {
      name: yourName().trim(),
      area: settings.area,
      offers: [],
      words: '',
      languages: [],
      paused: false,
      perWeek: 0,
    };
    const profileProblem = checkBody('profile', profile);
    if (profileProblem) {
      const text = problemText({ ok: false, problem: 'field', field: { ...profileProblem, field: 'name' } });
      return { field: profileProblem.field === 'name' ? 'yourName' : profileProblem.field, text };
    }
    const identity = await deviceDatabase.ownIdentity();
    // The proof of work a join must carry, fixed for the network's life (protocol.md §6.1).
    const bits = Math.round(Number(joinWork())) || joinWorkChoices.standard;
    const result = await foundNetwork(
      deviceDatabase,
      identity,
      settings,
      (n) => crypto.getRandomValues(new Uint8Array(n)),
      Math.min(joinWorkChoices.most, Math.max(joinWorkChoices.least, bits)),
    );
    if (!result.ok) {
      return { field: result.field.field, text: problemText({ ok: false, problem: 'field', field: result.field }) };
    }
    const session = await openSession(result.record);
    await session.publishGenesis(result.genesisId, result.genesis);
    const written = await session.write('profile', profile);
    // Not closed: the page is left right away, and closing could cut the doc's last write.
    if (!written.ok) return { field: problemField(written) ?? 'yourName', text: problemText(written) };
    location.href = '/coordinator/';
    return null;
  };

  return (
    <Guarded page>
      <PageHeader />
      <main id="main" class="page">
        <h1>{t('start.title')}</h1>
        <p>{t('start.intro')}</p>
        <NetworkSettingsForm
          idPrefix="network"
          start={{
            name: '',
            area: '',
            rules: t('start.rulesDefault'),
            help: '',
            creditLimit: 20 * 60,
            welcome: 2 * 60,
            categories: [...defaultCategories],
            relays: defaultRelayText(import.meta.env.PUBLIC_BUURTRUIL_RELAY, pageRelay(new URL(location.href))),
          }}
          choices={[...defaultCategories]}
          rulesLabel={t('start.rules')}
          withHelp={false}
          more={(problemFor) => (
            <>
              <details class="more-settings">
                <summary>{t('start.moreSettings')}</summary>
                <TextField
                  id="network-join-work"
                  type="number"
                  min={String(joinWorkChoices.least)}
                  max={String(joinWorkChoices.most)}
                  inputmode="numeric"
                  label={t('start.joinWork')}
                  hint={t('start.joinWorkHint')}
                  value={joinWork()}
                  onValue={setJoinWork}
                />
              </details>
              <TextField
                id="your-name"
                label={t('start.yourName')}
                value={yourName()}
                onValue={setYourName}
                problem={problemFor('yourName')}
                autocomplete="given-name"
              />
            </>
          )}
          moreFields={['yourName']}
          submitLabel={t('start.submit')}
          onSubmit={start}
        />
      </main>
    </Guarded>
  );
}
