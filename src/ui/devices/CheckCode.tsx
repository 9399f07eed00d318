// The check code both screens show, and the person's answer: the same, or not.
import { t } from '../i18n.ts';

export function CheckCode(props: { code: string; onAnswer: (same: boolean) => void; busy?: boolean }) {
  const spaced = () => `${props.code.slice(0, 3)} ${props.code.slice(3)}`;
  return (
    <div class="check-code" data-testid="check-code-step">
      <p>{t('device.checkIntro')}</p>
      <p class="check-digits" data-testid="check-code" data-code={props.code}>
        <span aria-hidden="true">{spaced()}</span>
        <span class="visually-hidden">{t('device.checkLabel', { code: [...props.code].join(' ') })}</span>
      </p>
      <div class="actions">
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onAnswer(true)}>
          {t('device.same')}
        </button>
        <button type="button" class="button secondary" disabled={props.busy} onClick={() => props.onAnswer(false)}>
          {t('device.different')}
        </button>
      </div>
    </div>
  );
}
