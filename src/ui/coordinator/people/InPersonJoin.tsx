// "Iemand staat voor me": the coordinator admits a newcomer who stands in front of them,
// past a flooded lobby. Type the code the newcomer's join page shows, compare the check
// digits together, read their request, welcome them; the admission goes back over the link.
import { createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { admitHandedJoin, type HandedJoin, receiveHandedJoin } from '../../../data/joining/index.ts';
import { problemText } from '../../app/problemText.ts';
import { TextField } from '../../common/Field.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { CheckCode } from '../../devices/CheckCode.tsx';
import { pairingProblem, type SecureLink, typeCode, untilOtherEndCloses } from '../../devices/pairingSteps.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

type Step =
  | { kind: 'closed' }
  | { kind: 'code' }
  | { kind: 'connecting' }
  | { kind: 'check'; link: SecureLink }
  | { kind: 'read'; link: SecureLink; handed: HandedJoin }
  | { kind: 'done'; name: string };

export function InPersonJoin(props: SectionProps) {
  const [step, setStep] = createSignal<Step>({ kind: 'closed' });
  const [code, setCode] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let close = () => {};
  onCleanup(() => close());
  const fail = (text: string) => {
    close();
    setProblem(text);
    setStep({ kind: 'code' });
  };
  const connect = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setStep({ kind: 'connecting' });
    try {
      const link = await typeCode(code(), (closer) => {
        close = closer;
      });
      setStep({ kind: 'check', link });
    } catch (error) {
      fail(pairingProblem(error));
    }
  };
  const answer = async (link: SecureLink, same: boolean) => {
    if (!same) return fail(t('device.problem.different'));
    setStep({ kind: 'connecting' });
    try {
      const handed = await receiveHandedJoin(link, props.session);
      if (!handed) return fail(t('inPerson.bad'));
      setStep({ kind: 'read', link, handed });
    } catch (error) {
      fail(pairingProblem(error));
    }
  };
  const admit = async (link: SecureLink, handed: HandedJoin) => {
    setBusy(true);
    const result = await admitHandedJoin(link, props.session, handed.joinId);
    setBusy(false);
    if (!result.ok) return fail(problemText(result));
    setCode('');
    setStep({ kind: 'done', name: handed.details?.name ?? t('common.someone') });
    await untilOtherEndCloses(link);
  };
  const current = <K extends Step['kind']>(kind: K) => {
    const s = step();
    return s.kind === kind ? (s as Extract<Step, { kind: K }>) : undefined;
  };
  return (
    <div class="act" data-testid="in-person-join">
      <button
        type="button"
        class="button secondary"
        aria-expanded={step().kind !== 'closed'}
        onClick={() => {
          close();
          setProblem(null);
          setStep({ kind: step().kind === 'closed' ? 'code' : 'closed' });
        }}
      >
        {t('inPerson.open')}
      </button>
      <div aria-live="polite">
        <Switch>
          <Match when={step().kind === 'code'}>
            <p>{t('inPerson.intro')}</p>
            <form class="form compact" onSubmit={(event) => void connect(event)} novalidate>
              <TextField
                id="in-person-code"
                label={t('inPerson.code')}
                hint={t('device.codeHint')}
                value={code()}
                onValue={setCode}
                autocomplete="off"
                spellcheck={false}
              />
              <button type="submit" class="button">
                {t('device.connect')}
              </button>
            </form>
          </Match>
          <Match when={step().kind === 'connecting'}>
            <p role="status">{t('device.connecting')}</p>
          </Match>
          <Match when={current('check')}>
            {(s) => <CheckCode code={s().link.checkCode} onAnswer={(same) => void answer(s().link, same)} />}
          </Match>
          <Match when={current('read')}>
            {(s) => (
              <div class="item" data-testid="in-person-request">
                <Show when={s().handed.details} fallback={<p>{t('coord.unreadable')}</p>}>
                  {(details) => <h3>{t('coord.request', { name: details().name, area: details().area || '—' })}</h3>}
                </Show>
                <button type="button" class="button" disabled={busy()} onClick={() => void admit(s().link, s().handed)}>
                  {t('coord.admit')}
                </button>
              </div>
            )}
          </Match>
          <Match when={current('done')}>
            {(s) => (
              <p class="notice" role="status">
                {t('coord.admitted', { name: s().name })}
              </p>
            )}
          </Match>
        </Switch>
      </div>
      <ProblemMessage text={problem()} />
    </div>
  );
}
