// The frame of each of the coordinator's pages: a card with its heading, which takes the
// focus when the page is chosen in the menu.
import type { JSX } from 'solid-js';
import { Guarded } from '../common/Guarded.tsx';

export function SectionCard(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="card toolkit-section">
      <h2 id={`${props.id}-title`} tabindex="-1">
        {props.title}
      </h2>
      <Guarded>{props.children}</Guarded>
    </section>
  );
}
