// The card member asks or offers at the kiosk: a kind of help (big pictograms) and one
// line of what; an hour, open for a month. No drafts: nothing stays on the kiosk.
import { createSignal, For } from 'solid-js';
import type { CardSession } from '../../../data/kiosk/index.ts';
import { categoriesOf } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { categoryLabel, pictogramOf } from '../../board/categories.ts';
import { Pictogram } from '../../common/Pictogram.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';
import type { GoTo } from './cardScreen.ts';

export function CardNewPost(props: {
  card: CardSession;
  live: LiveSession;
  kind: 'request' | 'offer';
  area: string;
  go: GoTo;
}) {
  const categories = props.live.select(() => categoriesOf(props.card));
  const [title, setTitle] = createSignal('');
  const [category, setCategory] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const heading = () => (props.kind === 'request' ? t('card.ask') : t('card.offer'));
  // On a wall screen the kinds of help fill the first screen: once one is chosen, the last
  // step (a few words and "Ophangen") comes into view, above the "Lees voor" bar.
  let nextStep: HTMLDivElement | undefined;
  const choose = (value: string) => {
    setCategory(value);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    nextStep?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!title().trim()) {
      setProblem(t('card.titleMissing'));
      return;
    }
    if (!category()) {
      setProblem(t('card.categoryMissing'));
      return;
    }
    const result = await props.card.post({
      kind: props.kind,
      title: title().trim(),
      text: '',
      category: category(),
      area: props.area,
      minutes: 60,
      expires: Date.now() + 30 * 24 * 3600_000,
      viaCoordinator: false,
    });
    if (result.ok) props.go({ view: 'post', id: result.id });
    else setProblem(problemText(result));
  };
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {heading()}
      </h1>
      <p>{t('card.newHint')}</p>
      <form class="kiosk-form" onSubmit={(event) => void submit(event)}>
        <fieldset class="kiosk-categories">
          <legend>{t('card.whatKind')}</legend>
          <For each={categories()}>
            {(value) => (
              <label class="choice kiosk-choice">
                <input
                  type="radio"
                  name="card-category"
                  value={value}
                  checked={category() === value}
                  onChange={() => choose(value)}
                />
                <Pictogram name={pictogramOf(value)} /> {categoryLabel(value)}
              </label>
            )}
          </For>
        </fieldset>
        <div class="kiosk-next-step" data-testid="card-post-last-step" ref={nextStep}>
          <label for="card-post-title">{props.kind === 'request' ? t('card.askWhat') : t('card.offerWhat')}</label>
          <input
            id="card-post-title"
            class="kiosk-input"
            maxlength="120"
            autocomplete="off"
            value={title()}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
          <button type="submit" class="button kiosk-big">
            {t('post.submit')}
          </button>
        </div>
      </form>
      <ProblemMessage text={problem()} />
      <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
        {t('common.back')}
      </button>
    </>
  );
}
