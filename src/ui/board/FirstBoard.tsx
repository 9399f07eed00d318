// The board as this device last wrote it, shown while the session opens (its identity, its
// record, then the member room): the newest posts and the members' rows at rest, which
// only a projection of verified entries writes. Nothing here is new, checked or sent; the
// filters wait for the real board, which replaces this one as it was (docs/benchmarks.md,
// figure 2).
import type { FirstView } from '../../data/store/firstView.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { offlineStatus } from '../../sync/SyncStatus.ts';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { memberLinks, memberTabs } from '../format/memberLinks.ts';
import { Board } from './Board.tsx';

/** The first view's rows, and the member this device writes for (the session's memberKey before its room opens). */
export interface FirstScreen extends FirstView {
  memberKey: string;
}

export function FirstBoard(props: { network: string; networkId: string; first: FirstScreen }) {
  const members = new Map<string, MemberRow>(props.first.members.map((m) => [m.key, m]));
  const now = Date.now();
  return (
    <>
      <PageHeader
        network={props.network}
        links={memberLinks('board', 0)}
        tabs={memberTabs('board', 0)}
        status={() => offlineStatus}
      />
      <main id="main" class="page wide" data-member-status="loading">
        <Board
          session={{ memberKey: props.first.memberKey, networkId: props.networkId }}
          posts={() => props.first.posts}
          allRead={() => false}
          waiting
          members={() => members}
          categories={() => []}
          now={() => now}
        />
      </main>
    </>
  );
}
