// "Ik sta bij de coördinator": the newcomer's device shows a code, the coordinator types
// it, both compare the check digits, and the join goes straight to the coordinator's
// device, past a flooded lobby; the welcome comes back the same way.
import { createSignal, Match, onCleanup, Switch } from 'solid-js';
import { handJoinOver } from '../../data/joining/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { CheckCode } from '../devices/CheckCode.tsx';
import { pairingProblem, type SecureLink, showCode, shownCode } from '../devices/pairingSteps.ts';
import { t } from '../i18n.ts';

type Step =
  | { kind: 'opening' }
  | { kind: 'code'; code: string }
  | { kind: 'check'; link: SecureLink }
  | { kind: 'waiting' }
  | { kind: 'welcomed' }
  | { kind: 'stopped'; problem: string };

/**
 * Pairs with the coordinator's device and hands the join over. `prepare` writes the join
 * first when there is none yet (the form's details); it returns a problem to show, or null.
 */
export function StandingHere(props: { session: NetworkSession; prepare?: () => Promise<string | null> }) {
  const [step, setStep] = createSignal<Step | null>(null);
  let close = () => {};
  onCleanup(() => close());
  const start = async () => {
    close();
    setStep({ kind: 'opening' });
    const problem = props.prepare ? await props.prepare() : null;
    if (problem) {
      setStep({ kind: 'stopped', problem });
      return;
    }
    try {
      const link = await showCode(
        (code) => setStep({ kind: 'code', code }),
        (closer) => {
          close = closer;
        },
      );
      setStep({ kind: 'check', link });
    } catch (error) {
      setStep({ kind: 'stopped', problem: pairingProblem(error) });
    }
  };
  const answer = async (link: SecureLink, same: boolean) => {
    if (!same) {
      link.close();
      setStep({ kind: 'stopped', problem: t('device.problem.different') });
      return;
    }
    setStep({ kind: 'waiting' });
    try {
      const result = await handJoinOver(link, props.session);
      link.close();
      setStep(result.ok ? { kind: 'welcomed' } : { kind: 'stopped', problem: problemText(result) });
    } catch (error) {
      setStep({ kind: 'stopped', problem: pairingProblem(error) });
    }
  };
  const current = <K extends Step['kind']>(kind: K) => {
    const s = step();
    return s?.kind === kind ? (s as Extract<Step, { kind: K }>) : undefined;
  };
  return (
    <section class="card" aria-live="polite" data-testid="standing-here">
      <Switch
        fallback={
          <button type="button" class="button secondary" onClick={() => void start()}>
            {t('inPerson.standingHere')}
          </button>
        }
      >
        <Match when={step()?.kind === 'opening'}>
          <p role="status">{t('join.working')}</p>
        </Match>
        <Match when={current('code')}>
          {(s) => (
            <>
              <p>{t('inPerson.showCode')}</p>
              <p class="pairing-code" data-testid="pairing-code">
                {shownCode(s().code)}
              </p>
            </>
          )}
        </Match>
        <Match when={current('check')}>
          {(s) => <CheckCode code={s().link.checkCode} onAnswer={(same) => void answer(s().link, same)} />}
        </Match>
        <Match when={step()?.kind === 'waiting'}>
          <p role="status">{t('inPerson.waiting')}</p>
        </Match>
        <Match when={step()?.kind === 'welcomed'}>
          <p role="status">{t('inPerson.welcomed')}</p>
        </Match>
        <Match when={current('stopped')}>
          {(s) => (
            <>
              <ProblemMessage text={s().problem} />
              <button type="button" class="button" onClick={() => void start()}>
                {t('device.again')}
              </button>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
