// Under a post: how it was made when its author has no device of their own ("via de kiosk",
// "met hulp van Carla", from the signed `via`), and for a coordinator an A6 help slip to
// print for the notice board.
import { Show } from 'solid-js';
import type { Post } from '../../data/exchange/index.ts';
import { helpTextOf, madeVia } from '../../data/kiosk/index.ts';
import { isCoordinator } from '../../data/session/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';
import { HelpSlipButton } from './PrintSheets.tsx';

export function PostMadeVia(props: { live: LiveSession; post: Post; network: string }) {
  const via = props.live.select((view) => madeVia(view, props.post.via));
  const coordinator = props.live.select(isCoordinator);
  const help = props.live.select(helpTextOf);
  return (
    <>
      <Show when={via()}>
        {(made) => (
          <p class="meta" data-testid="made-via">
            {(() => {
              const value = made();
              return value.kind === 'kiosk' ? t('card.madeViaKiosk') : t('card.madeWithHelp', { name: value.name });
            })()}
          </p>
        )}
      </Show>
      <Show when={coordinator()}>
        <HelpSlipButton post={props.post} network={props.network} help={help()} />
      </Show>
    </>
  );
}
