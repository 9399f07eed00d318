// The start page: a welcome for a device that knows no network yet; the board and all
// that hangs off it for a member (MemberHome.tsx). Views are chosen by the URL fragment (#/...).
import { createResource, Match, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { deviceDatabase, type NetworkRecord } from '../../data/devices/index.ts';
import type { FirstScreen } from '../board/FirstBoard.tsx';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { t } from '../i18n.ts';

export function HomeApp() {
  return (
    <BrowserSupport>
      <Home />
    </BrowserSupport>
  );
}

function Home() {
  const [current] = createResource(async () => {
    const record = (await deviceDatabase.currentNetwork()) ?? null;
    // The board's code (Yjs, WebRTC, the ledger, every member page) only for a member:
    // a first visit, which shows the welcome, never loads it. The board's first screen
    // is read from this device's view while that code arrives (firstView.ts).
    const isMember = record !== null && record.role !== 'newcomer';
    const first = isMember ? firstBoard(record) : undefined;
    const home = isMember ? await import('../board/MemberHome.tsx') : null;
    return record ? { record, Member: home?.Member, first } : null;
  });
  const member = () => {
    const loaded = current();
    return loaded?.Member ? { record: loaded.record, Member: loaded.Member, first: loaded.first } : undefined;
  };
  return (
    <Guarded page>
      <Switch fallback={<Welcome />}>
        <Match when={current.loading}>
          <p class="page">{t('common.loading')}</p>
        </Match>
        <Match when={current()?.record.role === 'newcomer' ? current()?.record : undefined}>
          {(record) => (
            <>
              <PageHeader />
              <main id="main" class="page">
                <p>{t('home.waiting', { name: record().name || '…' })}</p>
                <a class="button" href="/join/">
                  {t('home.toJoin')}
                </a>
              </main>
            </>
          )}
        </Match>
        <Match when={member()}>
          {(home) => <Dynamic component={home().Member} record={home().record} first={home().first} />}
        </Match>
      </Switch>
    </Guarded>
  );
}

/** The newest posts and the members this device holds, and whose they are; null if unreadable. */
function firstBoard(record: NetworkRecord): Promise<FirstScreen | null> {
  const view = import('../../data/store/firstView.ts').then((m) => m.readFirstView(record.id));
  return Promise.all([view, deviceDatabase.ownIdentity()]).then(
    ([rows, identity]) => ({ ...rows, memberKey: record.member ?? toBase64Url(identity.signing.publicKey) }),
    // The board reads the view again once the session is open: a failed first read only shows it later.
    () => null,
  );
}

function Welcome() {
  return (
    <>
      <PageHeader />
      <main id="main" class="page">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <p>{t('home.invite')}</p>
        <p>{t('home.private')}</p>
        <p>
          <a class="button secondary" href="/start/">
            {t('home.start')}
          </a>
        </p>
        <p class="hint">{t('home.startHint')}</p>
        <section aria-labelledby="device-title" class="card">
          <h2 id="device-title">{t('me.welcomeDevice')}</h2>
          <ul class="choice-links">
            <li>
              <a class="button secondary" href="/apparaat/#koppelen">
                {t('me.welcomePair')}
              </a>
            </li>
            <li>
              <a class="button secondary" href="/apparaat/#herstellen">
                {t('me.welcomeRestore')}
              </a>
            </li>
            <li>
              <a class="button secondary" href="/apparaat/#kwijt">
                {t('me.welcomeLost')}
              </a>
            </li>
          </ul>
        </section>
      </main>
    </>
  );
}
