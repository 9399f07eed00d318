// Under one's own post: the conversations with members of linked neighbourhoods who wrote
// about it (protocol-links.md §3), each marked with where they live.
import { createMemo, For, Show } from 'solid-js';
import { type AcrossPartner, acrossPartnersOn } from '../../data/links/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { LiveSession } from '../app/session.ts';
import { Guarded } from '../common/Guarded.tsx';
import { AcrossConversation } from '../exchange/AcrossConversation.tsx';
import { t } from '../i18n.ts';

export function AcrossResponses(props: { session: NetworkSession; live: LiveSession; postId: string }) {
  // As text, so a new message does not build the conversations (and a half-typed answer) anew.
  const partners = props.live.select((view) =>
    acrossPartnersOn(view.memberState, props.postId).map((partner) => JSON.stringify(partner)),
  );
  const keys = createMemo(() => partners().join('\n'));
  const list = createMemo(() => (keys() ? keys().split('\n') : []));
  return (
    <Show when={list().length > 0}>
      <h2>{t('across.responses')}</h2>
      <For each={list()}>
        {(text) => {
          const partner = JSON.parse(text) as AcrossPartner;
          return (
            <Guarded>
              <AcrossConversation
                session={props.session}
                link={partner.link}
                place={partner.place}
                postId={props.postId}
                other={partner.other}
                otherName={partner.name}
              />
            </Guarded>
          );
        }}
      </For>
    </Show>
  );
}
