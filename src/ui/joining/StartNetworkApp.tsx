// The coordinator's first step: start a network.
import { createSignal, For, Show } from 'solid-js';
import { checkBody } from '../../core/entry/checkBody.ts';
import { deviceDatabase } from '../../data/devices/DeviceDatabase.ts';
import { foundNetwork } from '../../data/joining/foundNetwork.ts';
import { pageRelay } from '../../sync/signallingUrls.ts';
import { problemField, problemText } from '../app/problemText.ts';
import { openSession } from '../app/session.ts';
import { categoryLabel, defaultCategories, pictogramOf } from '../board/categories.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { TextArea, TextField } from '../common/Field.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/PageHeader.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { defaultRelayText, mostRelays, parseRelayList } from '../format/relayList.ts';
import { t } from '../i18n.ts';

export function StartNetworkApp() {
  return (
    <BrowserSupport>
      <StartNetwork />
    </BrowserSupport>
  );
}

function StartNetwork() {
  const [name, setName] = createSignal('');
  const [area, setArea] = createSignal('');
  const [rules, setRules] = createSignal(t('start.rulesDefault'));
  const [creditLimit, setCreditLimit] = createSignal('20');
  const [welcome, setWelcome] = createSignal('2');
  const [categories, setCategories] = createSignal<string[]>([...defaultCategories]);
  const [relay, setRelay] = createSignal(
    defaultRelayText(import.meta.env.PUBLIC_BUURTRUIL_RELAY, pageRelay(new URL(location.href))),
  );
  const [yourName, setYourName] = createSignal('');
  const [problem, setProblem] = createSignal<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);

  const toggle = (category: string, on: boolean) =>
    setCategories((list) => (on ? [...list, category] : list.filter((c) => c !== category)));
  const problemFor = (field: string) => (problem()?.field === field ? problem()?.text : null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const relays = parseRelayList(relay());
    if (!relays.ok) {
      const text =
        relays.problem === 'bad'
          ? t('start.badRelay', { address: relays.bad ?? '' })
          : relays.problem === 'too-many'
            ? t('start.tooManyRelays', { max: mostRelays })
            : t('start.noRelay');
      setProblem({ field: 'relays', text });
      return;
    }
    const profile = {
      name: yourName().trim(),
      area: area().trim(),
      offers: [],
      words: '',
      languages: [],
      paused: false,
      perWeek: 0,
    };
    const profileProblem = checkBody('profile', profile);
    if (profileProblem) {
      const text = problemText({ ok: false, problem: 'field', field: { ...profileProblem, field: 'name' } });
      setProblem({ field: profileProblem.field === 'name' ? 'yourName' : profileProblem.field, text });
      return;
    }
    setBusy(true);
    try {
      const identity = await deviceDatabase.ownIdentity();
      const result = await foundNetwork(
        deviceDatabase,
        identity,
        {
          name: name().trim(),
          area: area().trim(),
          rules: rules().trim(),
          creditLimit: Math.round(Number(creditLimit()) * 60) || 0,
          welcome: Math.round(Number(welcome()) * 60) || 0,
          categories: categories(),
          relays: relays.relays,
          help: '',
        },
        (n) => crypto.getRandomValues(new Uint8Array(n)),
      );
      if (!result.ok) {
        const text = problemText({ ok: false, problem: 'field', field: result.field });
        setProblem({ field: result.field.field, text });
        return;
      }
      const session = await openSession(result.record);
      await session.publishGenesis(result.genesisId, result.genesis);
      const written = await session.write('profile', profile);
      // Not closed: the page is left right away, and closing could cut the doc's last write.
      if (!written.ok) {
        setProblem({ field: problemField(written) ?? 'yourName', text: problemText(written) });
        return;
      }
      location.href = '/coordinator/';
    } finally {
      setBusy(false);
    }
  };

  return (
    <Guarded page>
      <>
        <PageHeader />
        <main id="main" class="page">
          <h1>{t('start.title')}</h1>
          <p>{t('start.intro')}</p>
          <form class="form" onSubmit={(event) => void submit(event)} novalidate>
            <TextField
              id="network-name"
              label={t('start.name')}
              value={name()}
              onValue={setName}
              problem={problemFor('name')}
              required
            />
            <TextField
              id="network-area"
              label={t('start.area')}
              value={area()}
              onValue={setArea}
              problem={problemFor('area')}
            />
            <TextArea
              id="network-rules"
              label={t('start.rules')}
              value={rules()}
              onValue={setRules}
              problem={problemFor('rules')}
            />
            <TextField
              id="network-limit"
              type="number"
              min="0"
              inputmode="numeric"
              label={t('start.creditLimit')}
              value={creditLimit()}
              onValue={setCreditLimit}
              problem={problemFor('creditLimit')}
            />
            <TextField
              id="network-welcome"
              type="number"
              min="0"
              max="24"
              inputmode="numeric"
              label={t('start.welcome')}
              value={welcome()}
              onValue={setWelcome}
              problem={problemFor('welcome')}
            />
            <fieldset class="choices">
              <legend>{t('start.categories')}</legend>
              <For each={[...defaultCategories]}>
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
            <TextField
              id="network-relay"
              label={t('start.relays')}
              hint={t('start.relaysHint')}
              value={relay()}
              onValue={setRelay}
              problem={problemFor('relays')}
            />
            <TextField
              id="your-name"
              label={t('start.yourName')}
              value={yourName()}
              onValue={setYourName}
              problem={problemFor('yourName')}
              autocomplete="given-name"
            />
            <Show
              when={
                problem() &&
                !['name', 'area', 'rules', 'creditLimit', 'welcome', 'relays', 'yourName'].includes(
                  problem()?.field ?? '',
                )
              }
            >
              <p class="problem" role="alert">
                {problem()?.text}
              </p>
            </Show>
            <button type="submit" class="button" disabled={busy()}>
              {t('start.submit')}
            </button>
          </form>
        </main>
      </>
    </Guarded>
  );
}
