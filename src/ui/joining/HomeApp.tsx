// The start page: a welcome for a device that knows no network yet; the board and all
// that hangs off it for a member (MemberHome.tsx). Views are chosen by the URL fragment (#/...).
import { createEffect, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { deviceDatabase, type NetworkRecord } from '../../data/devices/index.ts';
import { recalledFirstView, rememberFirstView } from '../../data/store/firstViewHint.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { focusAgain, focusedControl } from '../common/focusAcrossSwap.ts';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { t } from '../i18n.ts';

export function HomeApp() {
  // Begun beside the browser's check (its storage probe, the texts), not after it: the record
  // is read, and a device that showed its board last time loads the first board's code, while
  // the check runs. Both are used only once it passed.
  const record = deviceDatabase.currentNetwork().then((found) => found ?? null);
  // A failed read is the page's error once Home reads it (Guarded), not an unhandled one before.
  record.catch(() => {});
  if (recalledFirstView() && onBoard()) firstBoardCode().catch(() => {});
  return (
    <BrowserSupport>
      <Home record={record} />
    </BrowserSupport>
  );
}

function Home(props: { record: Promise<NetworkRecord | null> }) {
  const [current] = createResource(() => props.record);
  const member = () => {
    const record = current();
    return record && record.role !== 'newcomer' ? record : undefined;
  };
  return (
    <Guarded page>
      <Switch fallback={<Welcome />}>
        <Match when={current.loading}>
          <p class="page">{t('common.loading')}</p>
        </Match>
        <Match when={current()?.role === 'newcomer' ? current() : undefined}>
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
        <Match when={member()}>{(record) => <MemberStart record={record()} />}</Match>
      </Switch>
    </Guarded>
  );
}

/**
 * A member's board. Its code (Yjs, WebRTC, the ledger, every member page) loads only for a
 * member: a first visit, which shows the welcome, never loads it. While it loads and the
 * session opens, the board as this device last wrote it (FirstBoard.tsx): a small module
 * and one read of the view, so the newest posts show before the rest is loaded.
 */
function MemberStart(props: { record: NetworkRecord }) {
  const [first] = createResource(() => firstBoard(props.record));
  // The rest of the board's code only once the first board is painted (or there is none):
  // loading and running it first would hold the main thread the newest posts wait for.
  const [painted, setPainted] = createSignal(false);
  createEffect(() => {
    if (first.loading) return;
    const go = () => setPainted(true);
    if (!first()) {
      go();
      return;
    }
    requestAnimationFrame(() => setTimeout(go, 0));
    // A page opened in a background tab paints no frames: its session opens all the same.
    setTimeout(go, 500);
  });
  const [home] = createResource(painted, () => import('../board/MemberHome.tsx'));
  // Set by the member's board once it shows itself, in the same update: never both.
  const [shown, setShown] = createSignal(false);
  return (
    <>
      <Show when={!shown()}>
        <Show when={first()} fallback={<p class="page">{t('common.loading')}</p>}>
          {(loaded) => (
            <Dynamic
              component={loaded().FirstBoard}
              network={props.record.name}
              networkId={props.record.id}
              first={loaded().screen}
            />
          )}
        </Show>
      </Show>
      <Show when={home()}>
        {(loaded) => (
          <Dynamic
            component={loaded().Member}
            record={props.record}
            first={first()?.screen}
            onShown={() => {
              // The board replaces the first one: whatever had the focus there has it again.
              const focused = focusedControl();
              setShown(true);
              if (focused) queueMicrotask(() => focusAgain(focused));
            }}
          />
        )}
      </Show>
    </>
  );
}

/** The start page shows the board (no other page named in the URL's fragment). */
function onBoard(): boolean {
  return location.hash.replace(/^#\/?/, '') === '';
}

/** The first board's modules (the browser loads each once, however often asked). */
function firstBoardCode() {
  return Promise.all([import('../board/FirstBoard.tsx'), import('../../data/store/firstView.ts')]);
}

/** The first board's code, the newest posts and members this device holds, and whose they are; null if not on the board or unreadable. */
async function firstBoard(record: NetworkRecord) {
  // Another page (#/uren, #/post/…) waits for its own code.
  if (!onBoard()) return null;
  try {
    const hint = recalledFirstView();
    // The member's key: in the record (a paired device), remembered from the last board, or
    // else from the identity, whose key code then loads before the first board can show.
    const code = firstBoardCode();
    const [[{ FirstBoard }], rows, memberKey] = await Promise.all([
      code,
      code.then(([, { readFirstView }]) => readFirstView(record.id)),
      record.member ??
        (hint?.networkId === record.id ? hint.memberKey : null) ??
        deviceDatabase.ownIdentity().then((identity) => toBase64Url(identity.signing.publicKey)),
    ]);
    rememberFirstView({ networkId: record.id, memberKey });
    return { FirstBoard, screen: { ...rows, memberKey } };
  } catch {
    // The board reads the view again once the session is open: a failed first read only shows it later.
    return null;
  }
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
