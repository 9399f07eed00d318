// What two coordinators send each other over the sealed pairing link to make a link
// (docs/protocol-links.md §1): DAG-CBOR { kind: "link", net, name, roster, coordinators, terms }. It comes
// from another device, so the reader takes exactly this shape and says why not otherwise;
// it never throws.
import { decodeCanonical, encodeCanonical, equalBytes } from '../encoding/canonical.ts';
import { id } from '../entry/bodies/fields.ts';
import { type LinkTerms, linkRoster, linkTerms, rosterCoordinators, withRosterCounts } from '../entry/bodies/links.ts';
import { oneOf, record, ShapeError, text } from '../entry/shape.ts';

export interface LinkOffer {
  kind: 'link';
  /** The sending network's id. */
  net: Uint8Array;
  /** Its name, as the other side's screens will show it. */
  name: string;
  /** The signing keys of its coordinators' and kiosks' live devices (1–16), coordinators' first. */
  roster: Uint8Array[];
  /** How many of `roster`'s first keys are coordinators' devices (the rest are kiosks'). */
  coordinators: number;
  terms: LinkTerms;
}

/** An offer is small: 16 keys, 40 categories and a name fit well inside this. */
export const maxLinkOfferBytes = 4096;

export type LinkOfferProblem = 'too-large' | 'not-canonical' | 'malformed';

export type LinkOfferReading =
  | { ok: true; offer: LinkOffer }
  | { ok: false; problem: LinkOfferProblem; detail: string };

const readOfferShape = withRosterCounts(
  record<LinkOffer>({
    kind: oneOf('link'),
    net: id,
    name: text(80, 1),
    roster: linkRoster,
    coordinators: rosterCoordinators,
    terms: linkTerms,
  }),
);

export function encodeLinkOffer(offer: LinkOffer): Uint8Array {
  const { kind, net, name, roster, coordinators, terms } = offer;
  return encodeCanonical({ kind, net, name, roster, coordinators, terms });
}

/** The offer in `bytes`, or why not; hostile bytes give a reason, never a throw. */
export function readLinkOffer(bytes: Uint8Array): LinkOfferReading {
  if (!(bytes instanceof Uint8Array)) return { ok: false, problem: 'malformed', detail: 'not bytes' };
  if (bytes.length > maxLinkOfferBytes) return { ok: false, problem: 'too-large', detail: `${bytes.length} bytes` };
  let value: unknown;
  try {
    value = decodeCanonical(bytes);
  } catch {
    return { ok: false, problem: 'not-canonical', detail: 'not canonical DAG-CBOR' };
  }
  try {
    return { ok: true, offer: readOfferShape(value, 'offer') };
  } catch (error) {
    const detail = error instanceof ShapeError ? error.message : 'unreadable';
    return { ok: false, problem: 'malformed', detail };
  }
}

/** Do both offers name the same terms? Both screens show them, and both must send the same. */
export function sameTerms(a: LinkTerms, b: LinkTerms): boolean {
  const terms = ({ categories, limit, since }: LinkTerms) => encodeCanonical({ categories, limit, since });
  return equalBytes(terms(a), terms(b));
}

/**
 * The two offers make a link when both name the same terms and two different networks;
 * otherwise the screens say which (a coordinator paired with their own network, or terms
 * changed on one side).
 */
export function offersAgree(mine: LinkOffer, theirs: LinkOffer): 'agree' | 'same-network' | 'other-terms' {
  if (equalBytes(mine.net, theirs.net)) return 'same-network';
  return sameTerms(mine.terms, theirs.terms) ? 'agree' : 'other-terms';
}
