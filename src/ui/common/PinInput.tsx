// A field for a member card's PIN: hidden as it is typed, the number keyboard on a phone or
// tablet, never filled in or kept by the browser.
export function PinInput(props: { id: string; label: string; value: string; onValue: (value: string) => void }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        inputmode="numeric"
        autocomplete="off"
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
    </>
  );
}
