// Paying hours to a member of a linked neighbourhood (protocol-links.md §4): from a post the
// other neighbourhood shared, "Uren betalen aan {name} in {buurt}" opens a small form. The
// device asks the data layer first whether the link leaves room, so a payment past the
// limit is refused in plain words before anything is written; once sent, it waits for
// both neighbourhoods (shown in "Mijn uren" until both archive devices attested it).
import { createSignal, Show } from 'solid-js';
import { type CrossPayCheck, checkProblem, type PeerPayee, peerPayees } from '../../data/links/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { WriteProblem } from '../../data/session/WriteResult.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { createHoursInput, HoursFields, typedMinutes } from './HoursFields.tsx';

/** The link's problems in words that name the other neighbourhood; the rest as any write's. */
function crossProblemText(problem: WriteProblem, buurt: string): string {
  if (problem.problem === 'rule' && problem.rule === 'over-link-limit') return t('crossPay.overLinkLimit', { buurt });
  if (problem.problem === 'rule' && problem.rule === 'link-ended') return t('crossPay.ended', { buurt });
  if (problem.problem === 'rule' && problem.rule === 'no-link') return t('crossPay.notOpen', { buurt });
  return problemText(problem);
}

function checkText(checked: Exclude<CrossPayCheck, 'ok'>, buurt: string): string {
  return crossProblemText(checkProblem(checked), buurt);
}

/** The peer's shared posts this member can pay for, each with its pay button; nothing while there are none. */
export function CrossPaySection(props: { session: NetworkSession; live: LiveSession }) {
  const payees = props.live.select(peerPayees);
  return (
    <Show when={payees().length > 0}>
      <section aria-labelledby="cross-pay-title" data-testid="cross-pay">
        <h2 id="cross-pay-title">{t('crossPay.title')}</h2>
        <p class="hint">{t('crossPay.intro')}</p>
        <ul class="list">
          {/* By post, not by place: newest first, a post arriving or closing moves the rows, and
              an open form (or its "sent") must stay with its payee, not pay whoever comes there. */}
          <KeyedFor each={payees()} by={(payee) => `${payee.link} ${payee.post}`}>
            {(payee) => (
              <li class="item" data-testid="cross-payee">
                <strong>{payee().title}</strong>
                <CrossPayButton session={props.session} payee={payee()} />
              </li>
            )}
          </KeyedFor>
        </ul>
      </section>
    </Show>
  );
}

/** "Uren betalen aan {name} in {buurt}": a button that opens the form, or says at once why it cannot. */
export function CrossPayButton(props: { session: NetworkSession; payee: PeerPayee }) {
  const [open, setOpen] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal(false);
  const start = () => {
    setSent(false);
    // Before the form shows: is there room across the link for even a minute?
    const checked = props.session.crossPay.check(props.payee.link);
    if (checked !== 'ok') {
      setProblem(checkText(checked, props.payee.buurt));
      return;
    }
    setProblem(null);
    setOpen(true);
  };
  return (
    <div data-testid="cross-pay-to">
      <Show when={!open()}>
        <button type="button" class="button secondary" onClick={start}>
          {t('crossPay.payTo', { name: props.payee.name, buurt: props.payee.buurt })}
        </button>
        <ProblemMessage text={problem()} />
      </Show>
      <Show when={open()}>
        <CrossPayForm
          session={props.session}
          payee={props.payee}
          done={() => {
            setOpen(false);
            setSent(true);
          }}
          cancel={() => setOpen(false)}
        />
      </Show>
      <Show when={sent()}>
        <p class="notice" role="status" data-testid="cross-pay-sent">
          {t('crossPay.sent', { buurt: props.payee.buurt })}
        </p>
      </Show>
    </div>
  );
}

function CrossPayForm(props: { session: NetworkSession; payee: PeerPayee; done: () => void; cancel: () => void }) {
  const input = createHoursInput(props.payee.title);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const prefix = `cross-${props.payee.post.slice(0, 8)}`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const typed = typedMinutes(input);
    if ('problem' in typed) {
      setProblem(typed.problem);
      return;
    }
    setBusy(true);
    const result = await props.session.crossPay.pay({
      link: props.payee.link,
      to: props.payee.member,
      minutes: typed.minutes,
      what: input.what(),
      post: props.payee.post,
    });
    setBusy(false);
    if (result.ok) props.done();
    else setProblem(crossProblemText(result, props.payee.buurt));
  };
  return (
    <form class="form compact" onSubmit={(event) => void send(event)} novalidate>
      <h3>{t('crossPay.payTo', { name: props.payee.name, buurt: props.payee.buurt })}</h3>
      <HoursFields input={input} prefix={prefix} />
      <ProblemMessage text={problem()} />
      <div class="actions">
        <button type="submit" class="button" disabled={busy()}>
          {t('crossPay.send')}
        </button>
        <button type="button" class="button secondary" onClick={() => props.cancel()}>
          {t('crossPay.cancel')}
        </button>
      </div>
    </form>
  );
}
