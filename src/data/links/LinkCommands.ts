// A coordinator's side of making a link with another network (protocol-links.md §1), over a
// pairing link whose six digits both coordinators compared (src/sync/pairingHandshake.ts):
//
//   this coordinator                         the other network's coordinator
//   ── our offer {kind:"link", net, name, roster, terms} ──▶
//   ◀── their offer ──                       read strictly; same terms, another network
//   both screens show both terms; each coordinator confirms on their own screen
//   each writes its own `link`: the peer, its name and roster, the terms, and the link
//   secret sealed to its own coordinators and kiosks
//
// The link secret is never sent: both ends derive it from the pairing's shared key
// (SecureLink.exportSecret, bound to the link id), so it is the same on both sides and
// known to nobody else once the digits matched. Nothing is written unless both offers
// read and name the same terms.
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { encodeCanonical } from '../../core/encoding/canonical.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { type LinkTerms, linkId } from '../../core/links/linkId.ts';
import { encodeLinkOffer, type LinkOffer, offersAgree, readLinkOffer } from '../../core/links/linkOffer.ts';
import { sealLinkSecret } from '../../core/sealing.ts';
import { cardShareReaders } from '../../core/state/cardReaders.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import { ourLinkRoster } from './linkRoster.ts';
import { linkMadeWith } from './linkSelectors.ts';

export interface LinkHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly me: string;
  readonly memberKey: string;
  readonly memberState: NetworkState | null;
  readonly record: NetworkRecord;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

/** Both offers read and agree: what both screens show, and what the `link` is made of. */
export interface LinkAgreement {
  ours: LinkOffer;
  theirs: LinkOffer;
  /** The link id (protocol-links.md §1), the same on both sides. */
  link: Uint8Array;
  /** The link room's secret: derived from the pairing, kept in memory until it is sealed. */
  secret: Uint8Array;
}

export type LinkExchange =
  | { ok: true; agreement: LinkAgreement }
  /** This device's member is not a coordinator (now), or the member room is not open: nothing was sent. */
  | { ok: false; problem: 'not-coordinator' | 'no-member-room' }
  /** What came back is not an offer, or not one this side can read: someone may have tampered with it. */
  | { ok: false; problem: 'bad-offer' }
  /** Both sides are the same network, or the terms differ: both offers, to show side by side. */
  | { ok: false; problem: 'same-network' | 'other-terms'; ours: LinkOffer; theirs: LinkOffer };

export type LinkExchangeProblem = Exclude<LinkExchange, { ok: true }>['problem'];

const secretContext = 'buurtruil link secret v3';

export class LinkCommands {
  private readonly host: LinkHost;

  constructor(host: LinkHost) {
    this.host = host;
  }

  /** What this network offers under `terms`, or why this device may not make a link. */
  offer(terms: LinkTerms): LinkOffer | 'not-coordinator' | 'no-member-room' {
    const state = this.host.memberState;
    if (!state) return 'no-member-room';
    const member = state.members.get(this.host.memberKey);
    if (member?.status !== 'admitted' || !member.roles.has('coordinator')) return 'not-coordinator';
    const name = state.network?.name || this.host.record.name;
    return { kind: 'link', net: this.host.net, name, ...ourLinkRoster(state, this.host.me), terms };
  }

  /**
   * Once both coordinators said the digits match: sends our offer and reads theirs. The
   * link stays open (the caller closes it); on a bad offer it is closed at once.
   */
  async exchange(link: SecureLink, terms: LinkTerms): Promise<LinkExchange> {
    const ours = this.offer(terms);
    if (typeof ours === 'string') return { ok: false, problem: ours };
    link.send(encodeLinkOffer(ours));
    const read = readLinkOffer(await link.receive());
    if (!read.ok) {
      link.close();
      return { ok: false, problem: 'bad-offer' };
    }
    const theirs = read.offer;
    const agreed = offersAgree(ours, theirs);
    if (agreed !== 'agree') return { ok: false, problem: agreed, ours, theirs };
    const id = linkId(ours.net, theirs.net, ours.terms);
    const secret = link.exportSecret(encodeCanonical([secretContext, id]));
    return { ok: true, agreement: { ours, theirs, link: id, secret } };
  }

  /** The coordinator confirmed: writes this side's half of the link. */
  async accept(agreement: LinkAgreement): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    // Made already (another tab, an earlier pairing today with the same terms): not twice.
    if (linkMadeWith(state, toBase64Url(agreement.link))) return failed('not-needed');
    const { theirs, ours } = agreement;
    return this.host.write('link', {
      peer: theirs.net,
      name: theirs.name,
      roster: theirs.roster,
      coordinators: theirs.coordinators,
      ours: ours.roster,
      ourCoordinators: ours.coordinators,
      terms: ours.terms,
      secret: sealLinkSecret(agreement.secret, cardShareReaders(state), this.host.net, agreement.link),
    });
  }
}
