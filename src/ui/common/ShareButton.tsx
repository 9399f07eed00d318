// Passing a link on: the phone's own share sheet (WhatsApp, mail, a text) where the browser has
// one, and otherwise a button that copies the link. Cancelling the share sheet is no failure.
import { createSignal, Show } from 'solid-js';
import { logFailure } from '../app/logFailure.ts';
import { t } from '../i18n.ts';
import { Pictogram } from './Pictogram.tsx';

export function ShareButton(props: { url: string; title: string; text?: string }) {
  const [copied, setCopied] = createSignal(false);
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    await navigator.clipboard?.writeText(props.url).catch(logFailure('copying a link failed', undefined));
    setCopied(true);
  };
  const share = async () => {
    try {
      await navigator.share({ title: props.title, text: props.text ?? props.title, url: props.url });
    } catch (error) {
      // The person closed the sheet: nothing to do. Any other refusal: copy instead.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };
  return (
    <>
      <button type="button" class="button secondary" onClick={() => void (canShare ? share() : copy())}>
        <Show when={canShare}>
          <Pictogram name="share" />
        </Show>
        {canShare ? t('share.share') : t('share.copy')}
      </button>
      <Show when={copied()}>
        <p role="status">{t('share.copied')}</p>
      </Show>
    </>
  );
}
