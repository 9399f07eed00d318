// Post a new offer or request, or change one's own. The draft survives a reload; a change
// made meanwhile on another screen is not silently overwritten.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { idFromText } from '../../core/encoding/base64url.ts';
import type { PostFields } from '../../core/entry/bodies.ts';
import { postById } from '../../data/exchange/index.ts';
import { type ShareChoice, shareChoices } from '../../data/links/index.ts';
import type { NetworkSession, WriteResult } from '../../data/session/index.ts';
import type { PostRow } from '../../data/store/index.ts';
import { problemField, problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { useDraft } from '../app/useDraft.ts';
import { SelectField, TextArea, TextField } from '../common/Field.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { categoryLabel, pictogramOf } from './categories.ts';
import { ShareAcrossChoices } from './ShareAcrossChoices.tsx';

const month = 30 * 24 * 3600 * 1000;
const durations = [0, 30, 60, 90, 120, 180, 240];

interface PostDraft extends Record<string, unknown> {
  kind: 'request' | 'offer';
  title: string;
  text: string;
  category: string;
  area: string;
  minutes: number;
  months: number;
  viaCoordinator: boolean;
  /** Links to share the post with once it is saved (protocol-links.md §3); drafts from before lack it. */
  shareWith?: string[];
}

export function PostEditor(props: {
  session: NetworkSession;
  live: LiveSession;
  categories: string[];
  myArea: string;
  editing?: PostRow | undefined;
}) {
  const editing = props.editing;
  const draftKey = editing ? `post-edit-${editing.id}` : `post-new-${props.session.networkId}`;
  const draft = useDraft<PostDraft>(draftKey, {
    kind: editing?.kind ?? 'request',
    title: editing?.title ?? '',
    text: editing?.text ?? '',
    category: editing?.category ?? props.categories[0] ?? '',
    area: editing?.area ?? props.myArea,
    minutes: editing?.minutes ?? 60,
    months: 3,
    viaCoordinator: editing?.viaCoordinator ?? false,
  });
  const [problem, setProblem] = createSignal<{ field: string | null; text: string } | null>(null);
  const [changedElsewhere, setChangedElsewhere] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const openedAt = editing?.updated;

  // Which open links the post could be shared with, for the category chosen now.
  // As text first, so a sync that changes nothing here does not build the checkboxes anew.
  const choicesText = props.live.select((view) =>
    JSON.stringify(view.memberState ? shareChoices(view.memberState, draft.value().category, editing?.id ?? null) : []),
  );
  const choices = createMemo(() => JSON.parse(choicesText()) as ShareChoice[]);
  const chosen = () => (draft.value().shareWith ?? []).filter((link) => choices().some((c) => c.link === link));

  /** Shares the saved post with each link ticked that it can go to; the first refusal, if any. */
  const shareSaved = async (postId: string): Promise<WriteResult | null> => {
    for (const choice of choices()) {
      if (!choice.allowed || choice.shared || !chosen().includes(choice.link)) continue;
      const shared = await props.session.across.share(postId, choice.link);
      if (!shared.ok) return shared;
    }
    return null;
  };

  const problemFor = (field: string) => (problem()?.field === field ? problem()?.text : null);

  const fields = (): PostFields => {
    const d = draft.value();
    return {
      kind: d.kind,
      title: d.title.trim(),
      text: d.text.trim(),
      category: d.category,
      area: d.area.trim(),
      minutes: d.minutes,
      expires: editing && d.months === 0 ? editing.expires : Date.now() + d.months * month,
      viaCoordinator: d.viaCoordinator,
    };
  };

  const save = async (overwrite: boolean) => {
    setProblem(null);
    if (editing && !overwrite) {
      const current = postById(props.session, editing.id);
      if (current && current.updated !== openedAt) {
        setChangedElsewhere(true);
        return;
      }
    }
    setBusy(true);
    try {
      const result: WriteResult = editing
        ? await props.session.write('post-update', { ...fields(), post: idFromText(editing.id) })
        : await props.session.write('post', fields());
      if (!result.ok) {
        setProblem({ field: problemField(result), text: problemText(result) });
        return;
      }
      await draft.clear();
      const postId = editing ? editing.id : result.id;
      const refused = await shareSaved(postId);
      // Saved, but not shared: say why, with the way to the post (a new save would post it twice).
      if (refused && !refused.ok) {
        setProblem({ field: null, text: problemText(refused) });
        return;
      }
      location.hash = `#/post/${postId}`;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{editing ? t('post.editTitle') : t('post.newTitle')}</h1>
      <form
        class="form"
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <fieldset class="choices inline">
          <legend>{t('post.kind')}</legend>
          <label class="choice">
            <input
              type="radio"
              name="kind"
              value="request"
              checked={draft.value().kind === 'request'}
              onChange={() => draft.update({ kind: 'request' })}
            />
            {t('post.kindRequest')}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="kind"
              value="offer"
              checked={draft.value().kind === 'offer'}
              onChange={() => draft.update({ kind: 'offer' })}
            />
            {t('post.kindOffer')}
          </label>
        </fieldset>
        <TextField
          id="post-title"
          label={t('post.title')}
          hint={t('post.titleHint')}
          value={draft.value().title}
          onValue={(title) => draft.update({ title })}
          problem={problemFor('title')}
        />
        <TextArea
          id="post-text"
          label={t('post.text')}
          value={draft.value().text}
          onValue={(text) => draft.update({ text })}
          problem={problemFor('text')}
        />
        <fieldset class="choices">
          <legend>{t('post.category')}</legend>
          <For each={props.categories}>
            {(category) => (
              <label class="choice">
                <input
                  type="radio"
                  name="category"
                  value={category}
                  checked={draft.value().category === category}
                  onChange={() => draft.update({ category })}
                />
                <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
              </label>
            )}
          </For>
        </fieldset>
        <TextField
          id="post-area"
          label={t('post.area')}
          value={draft.value().area}
          onValue={(area) => draft.update({ area })}
          problem={problemFor('area')}
        />
        <SelectField
          id="post-minutes"
          label={t('post.minutes')}
          value={String(draft.value().minutes)}
          onValue={(value) => draft.update({ minutes: Number(value) })}
          options={durations.map((m) => ({
            value: String(m),
            label: m === 0 ? t('post.minutesUnknown') : hoursText(m),
          }))}
        />
        <SelectField
          id="post-expires"
          label={t('post.expires')}
          value={String(draft.value().months)}
          onValue={(value) => draft.update({ months: Number(value) })}
          options={[1, 3, 6].map((m) => ({ value: String(m), label: t(`post.expires.${m}` as 'post.expires.1') }))}
        />
        <ShareAcrossChoices
          choices={choices()}
          category={draft.value().category}
          chosen={chosen()}
          onChosen={(shareWith) => draft.update({ shareWith })}
        />
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.value().viaCoordinator}
            onChange={(event) => draft.update({ viaCoordinator: event.currentTarget.checked })}
          />
          {t('post.viaCoordinator')}
        </label>
        <p class="hint">{t('post.draftKept')}</p>
        <Show when={problem() && !['title', 'text', 'area'].includes(problem()?.field ?? '')}>
          <p class="problem" role="alert">
            {problem()?.text}
          </p>
        </Show>
        <Show when={changedElsewhere()}>
          <div class="notice" role="alert">
            <p>{t('post.changedElsewhere')}</p>
            <button type="button" class="button" onClick={() => void save(true)}>
              {t('post.saveMine')}
            </button>
          </div>
        </Show>
        <button type="submit" class="button" disabled={busy() || !draft.restored()}>
          {editing ? t('post.save') : t('post.submit')}
        </button>
      </form>
    </>
  );
}
