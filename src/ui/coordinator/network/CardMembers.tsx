// The coordinator's side of member cards: make a member for someone without a device, with
// that person present (the consent text is read out, and is part of the record), print the
// card; replace a lost card; and help someone with their card on this laptop ("met hulp van").
// The card's code is on this page only until the coordinator says the card is printed.
import { createResource, createSignal, Show } from 'solid-js';
import type { CardSession, PrintedCard } from '../../../data/kiosk/index.ts';
import { cardMembersOf, helpTextOf } from '../../../data/kiosk/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { createPinPair, PinFields } from '../../common/PinFields.tsx';
import { PinInput } from '../../common/PinInput.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { printSheet } from '../../format/printSheet.ts';
import { qrSvg } from '../../format/qrSvg.ts';
import { t } from '../../i18n.ts';
import { CardLoginFlow } from '../../kiosk/card/CardLoginFlow.tsx';
import { CardMemberArea } from '../../kiosk/card/CardMemberArea.tsx';
import { Sheet } from '../../kiosk/PrintSheets.tsx';
import { ReadAloud } from '../../kiosk/ReadAloud.tsx';

export function CardMembers(props: { session: NetworkSession; live: LiveSession }) {
  const [printed, setPrinted] = createSignal<PrintedCard | null>(null);
  const [assisting, setAssisting] = createSignal(false);
  const [card, setCard] = createSignal<CardSession | null>(null);
  const members = props.live.select(cardMembersOf);
  const help = props.live.select(helpTextOf);
  const stopAssisting = () => {
    card()?.logout();
    setCard(null);
    setAssisting(false);
  };
  const me = () => props.session.memberState?.members.get(props.session.me)?.profile?.name ?? '';
  return (
    <div data-testid="card-members">
      <Show when={printed()} fallback={<NewCardForm session={props.session} onCard={setPrinted} />}>
        {(made) => (
          <PrintCard card={made()} network={props.session.record.name} help={help()} onDone={() => setPrinted(null)} />
        )}
      </Show>
      <h3>{t('card.members')}</h3>
      <Show when={members().length > 0} fallback={<p>{t('card.noMembers')}</p>}>
        <ul class="list" data-testid="card-member-list">
          {/* By member: the list is made anew at every change, and an open "new card" with its PIN must stay. */}
          <KeyedFor each={members()} by={(member) => member.key}>
            {(member) => <ReplaceCard session={props.session} member={member()} onCard={setPrinted} />}
          </KeyedFor>
        </ul>
      </Show>
      <h3>{t('card.assistTitle')}</h3>
      <p>{t('card.assistHint')}</p>
      <Show
        when={assisting()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setAssisting(true)}>
            {t('card.assist')}
          </button>
        }
      >
        <div class="kiosk assist">
          <Show
            when={card()}
            fallback={<CardLoginFlow session={props.session} onLogin={setCard} onCancel={stopAssisting} />}
          >
            {(open) => (
              <CardMemberArea
                card={open()}
                live={props.live}
                via={t('card.viaHelper', { name: me() })}
                onDone={stopAssisting}
              />
            )}
          </Show>
        </div>
      </Show>
    </div>
  );
}

function NewCardForm(props: { session: NetworkSession; onCard: (card: PrintedCard) => void }) {
  const [name, setName] = createSignal('');
  const [area, setArea] = createSignal('');
  const [agreed, setAgreed] = createSignal(false);
  const pin = createPinPair();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const consent = () => t('card.consentText', { network: props.session.record.name });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name().trim()) {
      setProblem(t('card.nameMissing'));
      return;
    }
    if (!agreed()) {
      setProblem(t('card.consentMissing'));
      return;
    }
    const wrong = pin.problem();
    if (wrong) {
      setProblem(wrong);
      return;
    }
    setBusy(true);
    const result = await props.session.cards.enrol({ name: name(), area: area(), consent: consent(), pin: pin.pin() });
    setBusy(false);
    pin.clear();
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setName('');
    setArea('');
    setAgreed(false);
    props.onCard(result.card);
  };
  return (
    <form onSubmit={(event) => void submit(event)} data-testid="new-card">
      <h3>{t('card.newTitle')}</h3>
      <p>{t('card.newIntro')}</p>
      <label for="card-name">{t('card.name')}</label>
      <input id="card-name" autocomplete="off" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="card-area">{t('card.area')}</label>
      <input id="card-area" autocomplete="off" value={area()} onInput={(e) => setArea(e.currentTarget.value)} />
      <h4>{t('card.consentTitle')}</h4>
      <blockquote class="consent" data-testid="consent-text">
        {consent()}
      </blockquote>
      <ReadAloud text={consent()} />
      <label class="choice">
        <input type="checkbox" checked={agreed()} onChange={(e) => setAgreed(e.currentTarget.checked)} />{' '}
        {t('card.consentGiven', { name: name() || t('common.someone') })}
      </label>
      <p class="hint">{t('card.pinIntro')}</p>
      <PinFields id="card-new-pin" pair={pin} />
      <button type="submit" class="button" disabled={busy()}>
        {t('card.make')}
      </button>
      <ProblemMessage text={problem()} />
    </form>
  );
}

function ReplaceCard(props: {
  session: NetworkSession;
  member: { key: string; name: string };
  onCard: (card: PrintedCard) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [pin, setPin] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `replace-${props.member.key.slice(0, 8)}`;
  const replace = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!/^[0-9]{4,8}$/.test(pin())) {
      setProblem(t('card.pinRule'));
      return;
    }
    const result = await props.session.cards.replace(props.member.key, pin(), t('card.lostReason'));
    setPin('');
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setOpen(false);
    props.onCard(result.card);
  };
  return (
    <li class="item" data-testid="card-member">
      {props.member.name || t('common.someone')}{' '}
      <button type="button" class="button secondary" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('card.replace')}
      </button>
      <Show when={open()}>
        <form onSubmit={(event) => void replace(event)}>
          <p class="hint">{t('card.replaceHint', { name: props.member.name })}</p>
          <PinInput id={id} label={t('card.newPin')} value={pin()} onValue={setPin} />
          <button type="submit" class="button">
            {t('card.replaceConfirm')}
          </button>
        </form>
      </Show>
      <ProblemMessage text={problem()} />
    </li>
  );
}

/** The card as it is printed: name, QR code, the code to type, where to go for help. */
export function PrintCard(props: { card: PrintedCard; network: string; help: string; onDone: () => void }) {
  let sheet: HTMLElement | undefined;
  const [qr] = createResource(() => qrSvg(props.card.code));
  const image = () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr() ?? '')}`;
  return (
    <div data-testid="printed-card">
      <p role="status">{t('card.made', { name: props.card.name })}</p>
      <p>{t('card.printHint')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => printSheet(sheet)}>
          {t('card.print')}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onDone()}>
          {t('card.printed')}
        </button>
      </div>
      <Sheet testId="member-card" ref={(el) => (sheet = el)}>
        <p class="slip-kind">{t('card.cardOf', { network: props.network })}</p>
        <h2 data-testid="member-card-name">{props.card.name}</h2>
        <Show when={qr()}>
          <img src={image()} alt="" width="200" height="200" data-testid="member-card-qr" />
        </Show>
        <p class="card-code" data-testid="member-card-code">
          {props.card.code}
        </p>
        <p class="slip-help">{t('card.cardHelp', { help: props.help || t('slip.noHelp') })}</p>
        <p>{t('card.cardLost')}</p>
      </Sheet>
    </div>
  );
}
