// A button that reads a text aloud with the browser's own speech synthesis: for people who
// read with difficulty. Nothing leaves the device. At the kiosk each screen has one, that
// reads the whole screen (ScreenReadAloud), always in the same spot.

import { Pictogram } from '../common/Pictogram.tsx';
import { language, t } from '../i18n.ts';
import { screenText } from './screenText.ts';

const speechLanguages: Partial<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function speak(text: string): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The voice of the language shown; nl and en pick the Dutch and British voice, the rest their own.
  utterance.lang = speechLanguages[language()] ?? language();
  utterance.rate = 0.9;
  synth.speak(utterance);
}

export function ReadAloud(props: { text: string; label?: string }) {
  return (
    <button
      type="button"
      class="button secondary read-aloud"
      data-testid="read-aloud"
      onClick={() => speak(props.text)}
    >
      <Pictogram name="readAloud" /> {props.label ?? t('kiosk.readAloud')}
    </button>
  );
}

/**
 * The one "Lees voor" of a kiosk screen: reads the screen it stands in (its <main>) as shown
 * now. On the wall screen its bar stays along the bottom edge, the same spot on every screen.
 */
export function ScreenReadAloud() {
  return (
    <div class="screen-read-bar" data-no-read>
      <button
        type="button"
        class="button secondary read-aloud screen-read-aloud"
        data-testid="read-aloud"
        data-no-read
        onClick={(event) => {
          const screen = event.currentTarget.closest('main');
          if (screen) speak(screenText(screen));
        }}
      >
        <Pictogram name="readAloud" /> {t('kiosk.readAloud')}
      </button>
    </div>
  );
}
