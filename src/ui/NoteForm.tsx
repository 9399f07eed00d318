import { createSignal, Show } from 'solid-js';
import type { NoteBoard } from '../data/NoteBoard.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { t } from './i18n.ts';

const problemMessages = {
  empty: 'notes.emptyInput',
  'too-long': 'notes.tooLong',
  'storage-full': 'notes.storageFull',
} as const satisfies Record<string, MessageKey>;

/** Writes a note; the draft is kept in sessionStorage so a reload loses nothing. */
export function NoteForm(props: { board: NoteBoard; room: string; maxLength: number }) {
  const draftKey = `buurtruil-draft-note-${props.room}`;
  const [text, setText] = createSignal(readDraft(draftKey));
  const [problem, setProblem] = createSignal<keyof typeof problemMessages | null>(null);

  const update = (value: string) => {
    setText(value);
    setProblem(null);
    writeDraft(draftKey, value);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await props.board.add(text(), Date.now());
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    update('');
  };

  return (
    <form class="note-form" onSubmit={(event) => void submit(event)} novalidate>
      <label for="note-text">{t('notes.field')}</label>
      <textarea
        id="note-text"
        name="note"
        rows="3"
        value={text()}
        aria-invalid={problem() !== null}
        aria-describedby={problem() ? 'note-problem' : undefined}
        onInput={(event) => update(event.currentTarget.value)}
      />
      <Show when={problem()}>
        {(which) => (
          <p id="note-problem" class="problem" role="alert">
            {t(problemMessages[which()], { max: props.maxLength })}
          </p>
        )}
      </Show>
      <button type="submit" class="button">
        {t('notes.add')}
      </button>
    </form>
  );
}

function readDraft(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // No storage: the draft lives only on screen.
  }
}
