// "Buurt koppelen": two coordinators make a link between their networks (protocol-links.md
// §1). Each fills in the same terms; one shows a code, the other types it; both read the
// six digits aloud; then both screens show both networks' terms side by side, and each
// coordinator confirms on their own screen, which writes this network's `link`.
import { createSignal, Show } from 'solid-js';
import type { LinkOffer } from '../../../core/links/linkOffer.ts';
import {
  defaultLinkLimitHours,
  type LinkAgreement,
  type LinkExchangeProblem,
  type LinkTerms,
  linkTermsOf,
  maxLinkLimit,
  minLinkLimit,
} from '../../../data/links/index.ts';
import { categoriesOf, type NetworkSession } from '../../../data/session/index.ts';
import type { MessageKey } from '../../../i18n/translate.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { CheckCode } from '../../devices/CheckCode.tsx';
import { PairingCodeForm } from '../../devices/PairingCodeForm.tsx';
import { PairingSteps } from '../../devices/PairingSteps.tsx';
import { createPairingFlow, PairingStop } from '../../devices/pairingFlow.ts';
import { shownCode } from '../../devices/pairingSteps.ts';
import { minutesFromHours } from '../../format/hoursInput.ts';
import { t } from '../../i18n.ts';
import { LinkTermsFields } from './LinkTermsFields.tsx';
import { LinkTermsTable } from './LinkTermsTable.tsx';

const exchangeProblems: Record<LinkExchangeProblem, MessageKey> = {
  'not-coordinator': 'links.problem.notCoordinator',
  'no-member-room': 'problem.no-member-room',
  'bad-offer': 'links.problem.badOffer',
  'same-network': 'links.problem.sameNetwork',
  'other-terms': 'links.problem.otherTerms',
};

export function LinkMaking(props: { session: NetworkSession; live: LiveSession }) {
  const categories = props.live.select(categoriesOf);
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [limit, setLimit] = createSignal(String(defaultLinkLimitHours));
  const [limitProblem, setLimitProblem] = createSignal<string | null>(null);
  const [code, setCode] = createSignal('');
  /** Both offers, once they agree: shown side by side until this coordinator answers. */
  const [agreement, setAgreement] = createSignal<LinkAgreement | null>(null);
  /** Both offers when they differed: shown beside the problem, so both see what to change. */
  const [differed, setDiffered] = createSignal<{ ours: LinkOffer; theirs: LinkOffer } | null>(null);
  let terms: LinkTerms | null = null;
  let answer: (yes: boolean) => void = () => {};

  const flow = createPairingFlow<string>({
    matched: async (link) => {
      if (!terms) throw new PairingStop(t('links.problem.failed'));
      const exchanged = await props.session.links.exchange(link, terms);
      if (!exchanged.ok) {
        link.close();
        if ('theirs' in exchanged) setDiffered({ ours: exchanged.ours, theirs: exchanged.theirs });
        throw new PairingStop(t(exchangeProblems[exchanged.problem]));
      }
      setAgreement(exchanged.agreement);
      const yes = await new Promise<boolean>((resolve) => {
        answer = resolve;
      });
      setAgreement(null);
      // Nothing more crosses: the other side has our offer, and decides on its own screen.
      link.close();
      if (!yes) throw new PairingStop(t('links.problem.declined'));
      const written = await props.session.links.accept(exchanged.agreement);
      if (!written.ok) throw new PairingStop(problemText(written));
      return exchanged.agreement.theirs.name;
    },
    otherwise: () => t('links.problem.failed'),
  });

  /** The terms as filled in, or null (and the field says why). */
  const readTerms = (): LinkTerms | null => {
    const minutes = minutesFromHours(limit());
    if (minutes === null || minutes < minLinkLimit || minutes > maxLinkLimit) {
      setLimitProblem(t('links.limitProblem'));
      return null;
    }
    setLimitProblem(null);
    return linkTermsOf(chosen(), minutes, Date.now());
  };
  const start = (how: () => Promise<void>) => {
    terms = readTerms();
    if (!terms) return;
    setDiffered(null);
    void how();
  };

  return (
    <div aria-live="polite" data-testid="link-making">
      <PairingSteps
        flow={flow}
        form={(problem) => (
          <>
            <p>{t('links.intro')}</p>
            <LinkTermsFields
              categories={categories()}
              chosen={chosen()}
              onChosen={setChosen}
              limit={limit()}
              onLimit={setLimit}
              limitProblem={limitProblem()}
            />
            <Show when={differed()}>{(both) => <LinkTermsTable ours={both().ours} theirs={both().theirs} />}</Show>
            <h3>{t('links.meetTitle')}</h3>
            <div class="actions">
              <button type="button" class="button" onClick={() => start(() => flow.show())}>
                {t('links.showCode')}
              </button>
            </div>
            <PairingCodeForm
              id="link-code"
              label={t('links.code')}
              code={code()}
              onCode={setCode}
              problem={problem()}
              onSubmit={() => start(() => flow.type(code()))}
            />
          </>
        )}
        code={(shown) => (
          <>
            <p>{t('links.yourCode')}</p>
            <p class="pairing-code" data-testid="link-pairing-code" data-code={shown}>
              <span aria-hidden="true">{shownCode(shown)}</span>
              <span class="visually-hidden">{t('links.yourCodeLabel', { code: [...shown].join(' ') })}</span>
            </p>
          </>
        )}
        connecting={<p role="status">{t('links.connecting')}</p>}
        check={(link) => (
          <>
            <p>{t('links.checkAloud')}</p>
            <CheckCode code={link.checkCode} onAnswer={(same) => flow.answer(same)} />
          </>
        )}
        working={() => (
          <Show when={agreement()} fallback={<p role="status">{t('links.waiting')}</p>}>
            {(both) => (
              <>
                <h3>{t('links.compareTitle')}</h3>
                <p>{t('links.compareHint')}</p>
                <LinkTermsTable ours={both().ours} theirs={both().theirs} />
                <div class="actions">
                  <button type="button" class="button" onClick={() => answer(true)}>
                    {t('links.confirm', { name: both().theirs.name })}
                  </button>
                  <button type="button" class="button secondary" onClick={() => answer(false)}>
                    {t('links.decline')}
                  </button>
                </div>
              </>
            )}
          </Show>
        )}
        matched={(name) => (
          <div class="notice" role="status" data-testid="link-made">
            <p>{t('links.done', { name })}</p>
            <p>{t('links.doneNext', { name })}</p>
          </div>
        )}
      />
    </div>
  );
}
