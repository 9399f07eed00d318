// "Maak een ledenpas": a member card for someone admitted without a device of their own (a
// kiosk sign-up). The same move as replacing a lost card (CardCommands.giveCard); the person
// is present and chooses the PIN. What to print is handed to the members page.
import { createSignal, Show } from 'solid-js';
import type { PrintedCard } from '../../../data/kiosk/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import { createPinPair, PinFields } from '../../common/PinFields.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';

export function GiveCard(props: {
  session: NetworkSession;
  member: string;
  name: string;
  onCard: (card: PrintedCard) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const pin = createPinPair();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `give-card-${props.member.slice(0, 8)}`;
  const give = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const wrong = pin.problem();
    if (wrong) {
      setProblem(wrong);
      return;
    }
    setBusy(true);
    const result = await props.session.cards.giveCard(props.member, pin.pin(), t('card.giveReason'));
    setBusy(false);
    pin.clear();
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setOpen(false);
    props.onCard(result.card);
  };
  return (
    <div data-testid="give-card">
      <button type="button" class="button secondary" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('card.give')}
      </button>
      <Show when={open()}>
        <form onSubmit={(event) => void give(event)}>
          <p class="hint">{t('card.giveHint', { name: props.name })}</p>
          <PinFields id={id} pair={pin} />
          <button type="submit" class="button" disabled={busy()}>
            {t('card.giveConfirm')}
          </button>
        </form>
      </Show>
      <ProblemMessage text={problem()} />
    </div>
  );
}
