// The head of a post's page, ours or a linked neighbourhood's: its pictogram, offer or
// request, category, and the title the page is named by.
import { Pictogram } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';
import { categoryLabel, pictogramOf } from './categories.ts';

export function PostHeading(props: { kind: 'offer' | 'request'; category: string; title: string }) {
  return (
    <>
      <p class="kind">
        <span class="pictogram" aria-hidden="true">
          <Pictogram name={pictogramOf(props.category)} />
        </span>{' '}
        {props.kind === 'request' ? t('board.requests') : t('board.offers')} · {categoryLabel(props.category)}
      </p>
      <h1 id="post-title" dir="auto">
        {props.title}
      </h1>
    </>
  );
}
