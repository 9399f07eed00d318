// What a card member does at the kiosk (or with the coordinator): their own board, asking
// or offering, answering a response, confirming hours, "Mijn uren". Large type, a few big
// buttons per screen, everything can be read aloud. Nothing is kept: no drafts, no cache;
// "Klaar" or 90 seconds without a touch, and it is all gone.
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { CardSession } from '../../../data/kiosk/index.ts';
import type { MemberRow } from '../../../data/store/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { Pictogram } from '../../common/Pictogram.tsx';
import { t } from '../../i18n.ts';
import { idleLogoutMs, whenIdle } from '../idleTimer.ts';
import { ScreenReadAloud } from '../ReadAloud.tsx';
import { CardHome } from './CardHome.tsx';
import { CardHours } from './CardHours.tsx';
import { CardNewPost } from './CardNewPost.tsx';
import { CardOwnPost } from './CardOwnPost.tsx';
import type { CardScreen } from './cardScreen.ts';

export function CardMemberArea(props: {
  card: CardSession;
  live: LiveSession;
  onDone: () => void;
  /** "via de kiosk" or "met hulp van …": said on screen, so the person knows how it is signed. */
  via: string;
}) {
  whenIdle(idleLogoutMs, () => props.onDone());
  const [screen, setScreen] = createSignal<CardScreen>({ view: 'home' });
  const go = (next: CardScreen) => {
    setScreen(next);
    window.scrollTo(0, 0);
    document.getElementById('card-title')?.focus();
  };
  // null until the member's row is read: "Hallo Een buur!" first would be untrue.
  const me = useLiveQuery<MemberRow | undefined | null>(() => props.card.db.members.get(props.card.me), null);
  const name = () => me()?.name || t('common.someone');
  return (
    <main id="main" class="kiosk-screen" data-testid="card-area">
      <div class="kiosk-bar" data-no-read>
        <Show when={me() !== null}>
          <p class="kiosk-who">
            {t('card.loggedIn', { name: name() })} · {props.via}
          </p>
        </Show>
        <ScreenReadAloud />
        <button type="button" class="button kiosk-done" onClick={() => props.onDone()}>
          <Pictogram name="done" /> {t('card.done')}
        </button>
      </div>
      <Switch>
        <Match when={me() === null}>{null}</Match>
        <Match when={screen().view === 'home'}>
          <CardHome card={props.card} live={props.live} name={name()} go={go} />
        </Match>
        <Match
          when={(() => {
            const s = screen();
            return s.view === 'new' ? s.kind : undefined;
          })()}
        >
          {(kind) => <CardNewPost card={props.card} live={props.live} kind={kind()} area={me()?.area ?? ''} go={go} />}
        </Match>
        <Match
          when={(() => {
            const s = screen();
            return s.view === 'post' ? s.id : undefined;
          })()}
        >
          {(id) => <CardOwnPost card={props.card} live={props.live} postId={id()} go={go} />}
        </Match>
        <Match when={screen().view === 'hours'}>
          <CardHours card={props.card} live={props.live} go={go} />
        </Match>
      </Switch>
    </main>
  );
}
