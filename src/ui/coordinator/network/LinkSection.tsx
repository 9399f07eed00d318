// The coordinator's page "Buurt koppelen": this network's links, and making a new one with
// another network's coordinator (protocol-links.md §1).
import { LinkList } from '../links/LinkList.tsx';
import { LinkMaking } from '../links/LinkMaking.tsx';
import { LinkMoves } from '../links/LinkMoves.tsx';
import type { SectionProps } from '../Section.ts';

export function LinkSection(props: SectionProps) {
  return (
    <div data-testid="link-section">
      <LinkList session={props.session} live={props.live} />
      <LinkMoves session={props.session} live={props.live} />
      <LinkMaking session={props.session} live={props.live} />
    </div>
  );
}
