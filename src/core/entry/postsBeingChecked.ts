// The "being checked" state of docs/protocol.md §3.5, for the board of a device that just
// received a large part of the log at once (a new device): the newest posts of what arrived,
// chosen by what their bytes claim, then each read by steps 1–6 and its own signature, so
// they can be shown before the whole batch is authenticated and judged by the rules. They
// are never entries of the ledger: only the board shows them, marked, until the ledger has
// taken the batch (then its rows replace them, or they are gone).
import type { Entry } from './Entry.ts';
import type { EntryVerifier, Verdict } from './EntryVerifier.ts';
import { maxClockSkewMs, readEntry } from './readEntry.ts';

/** A post that passed steps 1–6 and its own signature, and that the rules have not judged yet. */
export interface PostBeingChecked {
  id: string;
  entry: Entry<'post'>;
}

/** The wire form's signature comes first (64 bytes), then the payload, a CBOR array of 8. */
const payloadAt = 64;
/** "post" as a CBOR text string: its head (major type 3, length 4), then its bytes. */
const postType = [0x64, 0x70, 0x6f, 0x73, 0x74];

/**
 * Reads one CBOR head at `at`: its major type, its argument, and where what follows starts.
 * Only what an entry's first fields use (no indefinite lengths); null for anything else.
 */
function head(bytes: Uint8Array, at: number): { major: number; value: number; next: number } | null {
  const first = bytes[at];
  if (first === undefined) return null;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0 || at + 1 + size > bytes.length) return null;
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + 1 + i] as number);
  return { major, value, next: at + 1 + size };
}

/**
 * The time and author a post claims, read from its bytes without checking anything (null
 * when they do not look like a post). Only for choosing which entries to check first, and
 * whose key to check their signature with: a false claim costs its sender a place among the
 * candidates, and the checks then drop it.
 */
export function claimedPost(data: unknown): { time: number; author: Uint8Array } | null {
  if (!(data instanceof Uint8Array) || data[payloadAt] !== 0x88) return null;
  let at = payloadAt + 1;
  const version = head(data, at);
  if (version?.major !== 0) return null;
  at = version.next;
  for (let i = 0; i < postType.length; i++) if (data[at + i] !== postType[i]) return null;
  at += postType.length;
  // author (bytes), seq (uint), prev (bytes or null), then the time.
  const author = head(data, at);
  if (author?.major !== 2 || author.next + author.value > data.length) return null;
  const seq = head(data, author.next + author.value);
  if (seq?.major !== 0) return null;
  let prevEnd = seq.next + 1;
  if (data[seq.next] !== 0xf6) {
    const prev = head(data, seq.next);
    if (prev?.major !== 2) return null;
    prevEnd = prev.next + prev.value;
  }
  const time = head(data, prevEnd);
  if (time?.major !== 0) return null;
  return { time: time.value, author: data.subarray(author.next, author.next + author.value) };
}

export interface BeingCheckedOptions {
  /** How many posts to show. */
  count: number;
  /** The time now: a post claiming a time further ahead than clocks drift is not chosen. */
  now: number;
  /** Gives the page a turn now and then while a year's bytes are scanned (the ledger's pause). */
  pause?: () => Promise<void>;
}

/** Entries scanned between looks at the pause. */
const scanSlice = 1024;
/** Candidates checked (steps 1–6) between looks at the pause. */
const checkSlice = 8;

/**
 * The newest `count` posts among `arriving` ([id, bytes] as in the doc, in any order) that
 * pass steps 1–6 and their own signature, newest first. The candidates are chosen by their
 * claimed time (twice `count`, so a few forged ones do not leave the board short); only they
 * are checked, so this costs a scan of the bytes and about 2 × `count` entries' checks.
 */
export async function postsBeingChecked(
  verifier: EntryVerifier,
  net: Uint8Array,
  arriving: readonly (readonly [string, unknown])[],
  { count, now, pause }: BeingCheckedOptions,
): Promise<PostBeingChecked[]> {
  const claimed: { at: number; time: number; author: Uint8Array }[] = [];
  for (let at = 0; at < arriving.length; at++) {
    if (pause && at % scanSlice === scanSlice - 1) await pause();
    const claim = claimedPost(arriving[at]?.[1]);
    if (claim !== null && claim.time <= now + maxClockSkewMs) claimed.push({ at, ...claim });
  }
  claimed.sort((a, b) => b.time - a.time);
  const chosen = claimed.slice(0, count * 2);
  const candidates = chosen.map(({ at }) => arriving[at] as readonly [string, Uint8Array]);
  // A few candidates at a time, their signatures asked for and steps 1–6, the page getting
  // its turns between them: in the page's own thread, 80 entries' hashes and decoding were
  // one long task, and so were 40 signatures asked for at once (38 ms of CPU on a phone).
  // Each few's signatures are asked for first, at the head of a verifier's queue, and
  // awaited together at the end (verified beside the checks, as before).
  const verdicts: Verdict[] = [];
  const signing: Promise<boolean[]>[] = [];
  for (let from = 0; from < candidates.length; from += checkSlice) {
    const few = candidates.slice(from, from + checkSlice);
    signing.push(
      verifier.signatures(
        chosen
          .slice(from, from + checkSlice)
          .map(({ author }, i) => ({ wire: few[i]?.[1] as Uint8Array, author, net })),
      ),
    );
    verdicts.push(...(await verifier.check(net, few)));
    if (pause) await pause();
  }
  const signed = (await Promise.all(signing)).flat();
  const read: PostBeingChecked[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const verdict = verdicts[i];
    if (!verdict?.ok || signed[i] !== true) continue;
    const [id, data] = candidates[i] as readonly [string, Uint8Array];
    // Steps 1–6 passed: read in this thread already, or read its fields here without checking them again.
    const result = verdict.read ?? (await readEntry(net, id, data, { trusted: true }));
    // The signature was checked with the key the bytes claim; steps 1–6 read the same key.
    if (result.ok && result.entry.type === 'post') read.push({ id, entry: result.entry as Entry<'post'> });
  }
  return read.sort((a, b) => b.entry.time - a.entry.time).slice(0, count);
}
