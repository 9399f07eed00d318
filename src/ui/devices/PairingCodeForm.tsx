// The form where a person types the code another device shows, to pair with it: the same
// field, hint and button wherever a device is added or a member moved.
import type { JSX } from 'solid-js';
import { TextField } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

export function PairingCodeForm(props: {
  id: string;
  label: string;
  code: string;
  onCode: (code: string) => void;
  problem: string | null;
  onSubmit: () => void;
  /** Fields of the screen's own, before the code. */
  children?: JSX.Element;
}) {
  return (
    <form
      class="form compact"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      novalidate
    >
      {props.children}
      <TextField
        id={props.id}
        label={props.label}
        hint={t('device.codeHint')}
        value={props.code}
        onValue={props.onCode}
        autocomplete="off"
        spellcheck={false}
        autocapitalize="characters"
      />
      <ProblemMessage text={props.problem} />
      <button type="submit" class="button">
        {t('device.connect')}
      </button>
    </form>
  );
}
