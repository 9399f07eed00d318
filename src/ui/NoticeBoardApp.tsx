// The first page: open the network named in the link, show its notes, add one.
import { createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { maxNoteLength } from '../core/Note.ts';
import { NetworkDatabase } from '../data/NetworkDatabase.ts';
import { NoteBoard } from '../data/NoteBoard.ts';
import { NetworkSync, type SyncStatus } from '../sync/NetworkSync.ts';
import { formatRoomFragment, newRoomAddress, parseRoomFragment, type RoomAddress } from '../sync/RoomAddress.ts';
import { signallingUrls } from '../sync/signallingUrls.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { language, t } from './i18n.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NoteForm } from './NoteForm.tsx';
import { useLiveQuery } from './useLiveQuery.ts';

export function NoticeBoardApp() {
  const [fragment, setFragment] = createSignal(parseRoomFragment(location.hash));
  const onHash = () => setFragment(parseRoomFragment(location.hash));
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));

  const startTrialNetwork = () => {
    location.hash = formatRoomFragment(newRoomAddress((length) => crypto.getRandomValues(new Uint8Array(length))));
  };

  return (
    <main class="page" lang={language()}>
      <header class="page-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <p class="tagline">{t('app.tagline')}</p>
      <Switch>
        <Match when={fragment().kind === 'none'}>
          <p>{t('room.none')}</p>
          <button type="button" class="button" onClick={startTrialNetwork}>
            {t('room.start')}
          </button>
        </Match>
        <Match when={fragment().kind === 'invalid'}>
          <p class="problem" role="alert">
            {t('room.badLink')}
          </p>
        </Match>
        <Match
          when={(() => {
            const f = fragment();
            return f.kind === 'room' ? f.address : undefined;
          })()}
          keyed
        >
          {(address) => <OpenNetwork address={address} />}
        </Match>
      </Switch>
    </main>
  );
}

function OpenNetwork(props: { address: RoomAddress }) {
  const db = new NetworkDatabase(props.address.room);
  const sync = new NetworkSync({
    address: props.address,
    signalling: signallingUrls(props.address.relays, import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href)),
  });
  const board = new NoteBoard(sync.doc, db, () => crypto.randomUUID());
  void sync.loaded.then(() => board.projectAll());
  const [status, setStatus] = createSignal<SyncStatus>(sync.status());
  const stopStatus = sync.onStatus(setStatus);
  onCleanup(() => {
    stopStatus();
    board.destroy();
    sync.destroy();
    db.close();
  });

  const notes = useLiveQuery(() => db.notes.orderBy('time').reverse().toArray(), []);

  return (
    <>
      <ConnectionStatus status={status} />
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('notes.title')}</h2>
        <p>{t('notes.intro')}</p>
        <NoteForm board={board} room={props.address.room} maxLength={maxNoteLength} />
        <Show when={notes().length > 0} fallback={<p data-testid="notes-empty">{t('notes.empty')}</p>}>
          <ul class="notes" aria-label={t('notes.list')} data-testid="notes">
            <For each={notes()}>{(note) => <li class="note">{note.text}</li>}</For>
          </ul>
        </Show>
      </section>
      <aside class="share">
        <p>{t('room.share')}</p>
        <p class="share-link" data-testid="share-link">
          {location.href}
        </p>
      </aside>
    </>
  );
}
