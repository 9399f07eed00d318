// A pictogram as inline SVG (never an emoji: a kiosk or a bare Chromium without an emoji
// font shows those as empty boxes). Beside a word it is decoration and hidden from screen
// readers; alone it is an image with a name.
import { drawings, type PictogramName } from '../pictograms/icons.ts';

export type { PictogramName };

export function Pictogram(props: {
  name: PictogramName;
  /** Its name for a screen reader, from i18n: only when no word stands beside it. */
  label?: string | undefined;
}) {
  const drawing = () => drawings[props.name];
  // The drawing is this app's own, generated at build time (scripts/pictograms.ts): never
  // anything a peer sent.
  return (
    <svg
      class="picto"
      data-pictogram={props.name}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={drawing().viewBox}
      width="1.5em"
      height="1.5em"
      aria-hidden={props.label ? undefined : 'true'}
      role={props.label ? 'img' : undefined}
      aria-label={props.label}
      innerHTML={drawing().body}
    />
  );
}
