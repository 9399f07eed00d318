// Two networks with a link between them, for the link room's tests: real keys, real
// signatures, each network's own doc holding its entries as the member doc does.
import * as Y from 'yjs';
import { entriesMapName } from '../../../../src/core/adapters/yjsEntryLog.ts';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { LinkTerms } from '../../../../src/core/entry/bodies/links.ts';
import type { Bodies } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { foreignKey, foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import { linkId } from '../../../../src/core/links/linkId.ts';
import type { LinkToCarry } from '../../../../src/sync/links/LinkRooms.ts';
import { startTime, TestNetwork } from '../../core/TestNetwork.ts';

export const terms: LinkTerms = { categories: [], limit: 600, since: startTime };

/** One side of the link: its history, its own doc, and what it names the link by. */
export class LinkedSide {
  readonly network = new TestNetwork();
  readonly doc = new Y.Doc();

  get net(): Uint8Array {
    return this.network.net;
  }

  /** Writes an entry of this side into its own doc (as the member room would hold it). */
  put(signed: SignedEntry): SignedEntry {
    this.doc.getMap(entriesMapName).set(toBase64Url(signed.id), signed.bytes);
    return signed;
  }

  /** The foreign entries this side's doc holds, by key. */
  foreign(): Map<string, Uint8Array> {
    return new Map(this.doc.getMap<Uint8Array>(foreignMapName).entries());
  }
}

export class LinkedPair {
  readonly a = new LinkedSide();
  readonly b = new LinkedSide();
  readonly secret = crypto.getRandomValues(new Uint8Array(32));
  readonly id = linkId(this.a.net, this.b.net, terms);

  /** This side's half of the link, in its own doc. */
  linkEntry(side: LinkedSide): SignedEntry {
    const peer = side === this.a ? this.b : this.a;
    const founder = side.network.founder;
    return side.put(
      side.network.write(founder, 'link', {
        peer: peer.net,
        name: 'Buurt',
        roster: [peer.network.founder.signing.publicKey],
        coordinators: 1,
        ours: [founder.signing.publicKey],
        ourCoordinators: 1,
        terms,
        secret: seal(this.secret, [founder.box.publicKey], new Uint8Array(0)),
      }),
    );
  }

  /** A crossing entry about this link (a member's consent to move), in the side's doc. */
  moveAway(side: LinkedSide, link = this.id): SignedEntry {
    return side.put(
      side.network.write(side.network.founder, 'move-away', {
        link,
        name: 'Ans',
        boxKey: side.network.founder.box.publicKey,
      }),
    );
  }

  /** A post of the side's founder, its update and close, and (written after them) its share on this link. */
  sharedPost(side: LinkedSide): { post: SignedEntry; update: SignedEntry; close: SignedEntry; share: SignedEntry } {
    const network = side.network;
    const author = network.founder;
    const post = side.put(network.post(author));
    const fields = post.entry.body as Bodies['post'];
    const update = side.put(network.write(author, 'post-update', { ...fields, title: 'Nieuw', post: post.id }));
    const close = side.put(network.write(author, 'post-close', { post: post.id, reason: 'done' }));
    const share = side.put(
      network.write(author, 'post-share', {
        post: post.id,
        link: this.id,
        name: 'Anna',
        boxKeys: [author.box.publicKey],
      }),
    );
    return { post, update, close, share };
  }

  /** What each side's data layer passes for this link. */
  carried(side: LinkedSide): LinkToCarry {
    return { link: this.id, peer: (side === this.a ? this.b : this.a).net, secret: this.secret };
  }

  /** The key an entry of `side` has in the other side's "foreign" map. */
  keyOf(side: LinkedSide, signed: SignedEntry): string {
    return foreignKey(side.net, signed.id);
  }
}

/** Carrying goes back and forth (one side's write wakes the other): settle a few rounds. */
export async function settle(...all: { settled(): Promise<void> }[]): Promise<void> {
  for (let round = 0; round < 4; round++) for (const carrying of all) await carrying.settled();
}
