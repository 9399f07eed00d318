// The sheets that can be printed at the kiosk and by the coordinator: an A6 help slip for
// a request or offer, and a paper hours slip that a coordinator enters later with the
// member's card. Each sits in the page unseen until it is printed.
import { type JSX, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { hoursText } from '../format/formatHours.ts';
import { printSheet } from '../format/printSheet.ts';
import { t } from '../i18n.ts';

/** A sheet of paper, outside the page's own tree so printing shows it alone. */
export function Sheet(props: { ref: (el: HTMLElement) => void; testId: string; children: JSX.Element }) {
  return (
    <Portal mount={document.body}>
      <section class="print-sheet" data-testid={props.testId} ref={props.ref} aria-hidden="true">
        {props.children}
      </section>
    </Portal>
  );
}

export interface SlipPost {
  kind: 'offer' | 'request';
  title: string;
  text: string;
  category: string;
  area: string;
  minutes: number;
}

/** "Wie helpt? Bel of kom langs …": an A6 slip for the notice board. */
export function HelpSlipButton(props: { post: SlipPost; network: string; help: string }) {
  let sheet: HTMLElement | undefined;
  return (
    <>
      <button type="button" class="button secondary" onClick={() => printSheet(sheet)}>
        <Pictogram name="print" /> {t('slip.print')}
      </button>
      <Sheet testId="help-slip" ref={(el) => (sheet = el)}>
        <p class="slip-kind">
          {props.post.kind === 'request' ? t('slip.request') : t('slip.offer')} · {props.network}
        </p>
        <p class="slip-picto">
          <Pictogram name={pictogramOf(props.post.category)} />
        </p>
        <h2>{props.post.title}</h2>
        <Show when={props.post.text}>
          <p>{props.post.text}</p>
        </Show>
        <p>
          {categoryLabel(props.post.category)}
          {props.post.area ? ` · ${props.post.area}` : ''}
          {props.post.minutes > 0 ? ` · ${t('board.about', { hours: hoursText(props.post.minutes) })}` : ''}
        </p>
        <p class="slip-help">
          {props.post.kind === 'request' ? t('slip.whoHelps') : t('slip.whoWants')} {props.help || t('slip.noHelp')}
        </p>
      </Sheet>
    </>
  );
}

/** A paper hours slip: filled in by hand, entered later with the member's card. */
export function HoursSlipButton(props: { network: string; help: string }) {
  let sheet: HTMLElement | undefined;
  return (
    <>
      <button type="button" class="button secondary" onClick={() => printSheet(sheet)}>
        <Pictogram name="print" /> {t('slip.hoursPrint')}
      </button>
      <Sheet testId="hours-slip" ref={(el) => (sheet = el)}>
        <h2>{t('slip.hoursTitle')}</h2>
        <p>{props.network}</p>
        <dl class="slip-lines">
          <dt>{t('slip.hoursHelper')}</dt>
          <dd />
          <dt>{t('slip.hoursHelped')}</dt>
          <dd />
          <dt>{t('slip.hoursWhat')}</dt>
          <dd />
          <dt>{t('slip.hoursHow')}</dt>
          <dd />
          <dt>{t('slip.hoursDate')}</dt>
          <dd />
        </dl>
        <p class="slip-help">{t('slip.hoursBring', { help: props.help || t('slip.noHelp') })}</p>
      </Sheet>
    </>
  );
}
