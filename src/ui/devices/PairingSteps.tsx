// What a pairing screen shows at each step of its PairingFlow: the screen gives the parts
// that are its own (its form, how it shows a code, its work and its end), the steps and
// the check digits are the same everywhere.
import { type Accessor, type JSX, Match, Switch } from 'solid-js';
import { CheckCode } from './CheckCode.tsx';
import type { PairingFlow, PairingStep } from './pairingFlow.ts';
import type { SecureLink } from './pairingSteps.ts';

export function PairingSteps<T>(props: {
  flow: PairingFlow<T>;
  /** Typing side: the form for the other device's code, before a pairing and again after a failure. */
  form?: (problem: Accessor<string | null>) => JSX.Element;
  /** Showing side: how this screen shows its code. */
  code?: (code: string) => JSX.Element;
  connecting?: JSX.Element;
  /** The digits to compare; CheckCode with same / different unless the screen has its own. */
  check?: (link: SecureLink) => JSX.Element;
  working: (link: SecureLink) => JSX.Element;
  matched?: (value: T) => JSX.Element;
  /** Showing side: the problem and a way to start again. */
  failed?: (problem: string) => JSX.Element;
}) {
  const at = <K extends PairingStep<T>['kind']>(kind: K): Extract<PairingStep<T>, { kind: K }> | undefined => {
    const s = props.flow.step();
    return s.kind === kind ? (s as Extract<PairingStep<T>, { kind: K }>) : undefined;
  };
  const formShown = () => props.form !== undefined && (at('idle') !== undefined || at('failed') !== undefined);
  return (
    <Switch>
      <Match when={formShown()}>{props.form?.(props.flow.problem)}</Match>
      <Match when={at('connecting')}>{props.connecting}</Match>
      <Match when={at('code')}>{(s) => props.code?.(s().code)}</Match>
      <Match when={at('check')}>
        {(s) =>
          props.check ? (
            props.check(s().link)
          ) : (
            <CheckCode code={s().link.checkCode} onAnswer={(same) => props.flow.answer(same)} />
          )
        }
      </Match>
      <Match when={at('working')}>{(s) => props.working(s().link)}</Match>
      <Match when={at('matched')}>{(s) => props.matched?.(s().value)}</Match>
      <Match when={at('failed')}>{(s) => props.failed?.(s().problem)}</Match>
    </Switch>
  );
}
