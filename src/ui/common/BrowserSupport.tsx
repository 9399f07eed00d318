// Every page's island starts here: the app runs only in a browser that can run it.
// Otherwise a plain message says what is wrong and what to do, in the chosen language
// first (Dutch unless another was picked) and then Dutch and English, for whoever is helping.
import { createResource, For, type JSX, Match, Switch } from 'solid-js';
import { type Language, languageDirection, loadLanguage, type MessageKey, translate } from '../../i18n/translate.ts';
import { type BrowserProblem, browserProblem } from '../app/browserProblem.ts';
import { logFailure } from '../app/logFailure.ts';
import { language, t } from '../i18n.ts';
import { PageHeader } from './header/PageHeader.tsx';

const messages: Record<BrowserProblem, { what: MessageKey; todo: MessageKey }> = {
  insecure: { what: 'browser.insecure', todo: 'browser.insecure.todo' },
  'no-crypto': { what: 'browser.no-crypto', todo: 'browser.no-crypto.todo' },
  'no-storage': { what: 'browser.no-storage', todo: 'browser.no-storage.todo' },
  'storage-refused': { what: 'browser.storage-refused', todo: 'browser.storage-refused.todo' },
  'no-webrtc': { what: 'browser.no-webrtc', todo: 'browser.no-webrtc.todo' },
};

export function BrowserSupport(props: { children: JSX.Element }) {
  const [problem] = createResource(async () => {
    // Should the check itself fail, the app gets its chance rather than an endless "loading".
    const found = await browserProblem().catch(logFailure('checking the browser failed', null));
    // The message is in two languages, and a page loads only its own texts: fetch the other's.
    if (found) await Promise.all(shownLanguages().map(loadLanguage)).catch(logFailure('loading the texts failed', []));
    return found;
  });
  return (
    <Switch fallback={<p class="page">{t('common.loading')}</p>}>
      <Match when={problem()}>{(found) => <BrowserProblemMessage problem={found()} />}</Match>
      <Match when={problem.state === 'ready'}>{props.children}</Match>
    </Switch>
  );
}

/** The chosen language first, then Dutch and English (for whoever is helping), each once. */
const shownLanguages = (): Language[] => [...new Set<Language>([language(), 'nl', 'en'])];

function BrowserProblemMessage(props: { problem: BrowserProblem }) {
  const message = () => messages[props.problem];
  return (
    <>
      <PageHeader />
      <main id="main" class="page" data-browser-problem={props.problem}>
        <For each={shownLanguages()}>
          {(lang, index) => (
            <section
              class="browser-problem"
              lang={lang}
              dir={languageDirection(lang)}
              role={index() === 0 ? 'alert' : undefined}
            >
              {index() === 0 ? (
                <h1>{translate(lang, 'browser.title')}</h1>
              ) : (
                <h2>{translate(lang, 'browser.title')}</h2>
              )}
              <p>{translate(lang, message().what)}</p>
              <p class="browser-problem-todo">{translate(lang, message().todo)}</p>
            </section>
          )}
        </For>
      </main>
    </>
  );
}
