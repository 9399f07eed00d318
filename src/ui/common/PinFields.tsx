// A new member card's PIN, typed twice (the person chooses it, with nobody else seeing it):
// the two fields and their one rule, shared by making a card and giving one to a member.
import { type Accessor, createSignal } from 'solid-js';
import { t } from '../i18n.ts';
import { PinInput } from './PinInput.tsx';

export interface PinPair {
  pin: Accessor<string>;
  /** What is wrong with the two fields (not 4 to 8 digits, or not the same), or null. */
  problem: () => string | null;
  /** Empties both fields: a PIN never stays on the page after it was used. */
  clear: () => void;
  setPin: (value: string) => void;
  again: Accessor<string>;
  setAgain: (value: string) => void;
}

export function createPinPair(): PinPair {
  const [pin, setPin] = createSignal('');
  const [again, setAgain] = createSignal('');
  return {
    pin,
    setPin,
    again,
    setAgain,
    problem: () => {
      if (!/^[0-9]{4,8}$/.test(pin())) return t('card.pinRule');
      if (pin() !== again()) return t('card.pinDiffers');
      return null;
    },
    clear: () => {
      setPin('');
      setAgain('');
    },
  };
}

/** The PIN and the PIN again; the second field's id is the first's with "-again". */
export function PinFields(props: { id: string; pair: PinPair }) {
  return (
    <>
      <PinInput id={props.id} label={t('card.newPin')} value={props.pair.pin()} onValue={props.pair.setPin} />
      <PinInput
        id={`${props.id}-again`}
        label={t('card.newPinAgain')}
        value={props.pair.again()}
        onValue={props.pair.setAgain}
      />
    </>
  );
}
