// Who asks to join, in their own words: a name, a street, and how a coordinator can reach
// them. The invite page's form and the kiosk's sign-up ask the same, with the same limits
// (the join's rule, core/rules): one field group and one check, so the two cannot drift.
import { type Accessor, createSignal, type JSX } from 'solid-js';
import { TextField } from '../common/Field.tsx';
import { t } from '../i18n.ts';

export interface JoinDetails {
  name: Accessor<string>;
  setName: (value: string) => void;
  area: Accessor<string>;
  setArea: (value: string) => void;
  contact: Accessor<string>;
  setContact: (value: string) => void;
}

export function createJoinDetails(): JoinDetails {
  const [name, setName] = createSignal('');
  const [area, setArea] = createSignal('');
  const [contact, setContact] = createSignal('');
  return { name, setName, area, setArea, contact, setContact };
}

/** The words of the fields: each form says them its own way. */
export interface JoinDetailsTexts {
  name: string;
  nameHint?: string;
  area: string;
  areaHint?: string;
  contact: string;
  contactHint?: string;
}

const length = (text: string) => [...text.trim()].length;

/**
 * What is wrong with the details, or null; `words` (the invite page's "about me") is checked
 * before the contact, as that form shows it.
 */
export function joinDetailsProblem(details: JoinDetails, texts: JoinDetailsTexts, words?: string): string | null {
  if (!details.name().trim()) return t('problem.field.too-short', { field: t('field.name') });
  if (length(details.name()) > 60) return t('problem.field.too-long', { field: t('field.name'), max: 60 });
  if (length(details.area()) > 80) return t('problem.field.too-long', { field: t('field.area'), max: 80 });
  if (words !== undefined && length(words) > 500) {
    return t('problem.field.too-long', { field: t('field.words'), max: 500 });
  }
  if (length(details.contact()) > 200) return t('problem.field.too-long', { field: texts.contact, max: 200 });
  return null;
}

/**
 * Name and street, then what the form asks besides (children), then the contact. `id` starts
 * each field's id (`<id>-name`); on a shared device (`shared`, the kiosk) the browser
 * remembers nothing of what is typed.
 */
export function JoinDetailsFields(props: {
  id: string;
  details: JoinDetails;
  texts: JoinDetailsTexts;
  shared?: boolean;
  /** The inputs' class: the kiosk's are bigger. */
  inputClass?: string;
  children?: JSX.Element;
}) {
  const off = () => (props.shared ? 'off' : undefined);
  return (
    <>
      <TextField
        id={`${props.id}-name`}
        label={props.texts.name}
        hint={props.texts.nameHint}
        value={props.details.name()}
        onValue={props.details.setName}
        autocomplete={props.shared ? 'off' : 'given-name'}
        class={props.inputClass}
      />
      <TextField
        id={`${props.id}-area`}
        label={props.texts.area}
        hint={props.texts.areaHint}
        value={props.details.area()}
        onValue={props.details.setArea}
        autocomplete={off()}
        class={props.inputClass}
      />
      {props.children}
      <TextField
        id={`${props.id}-contact`}
        label={props.texts.contact}
        hint={props.texts.contactHint}
        value={props.details.contact()}
        onValue={props.details.setContact}
        autocomplete={off()}
        class={props.inputClass}
      />
    </>
  );
}
