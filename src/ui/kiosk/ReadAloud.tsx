// A button that reads a text aloud with the browser's own speech synthesis: for people who
// read with difficulty. Nothing leaves the device.

import { Pictogram } from '../common/Pictogram.tsx';
import { language, t } from '../i18n.ts';

export function speak(text: string): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language() === 'nl' ? 'nl-NL' : 'en-GB';
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
