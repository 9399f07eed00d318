// A checkpoint's summary and pages (docs/protocol.md §4.8): the records, section by section
// in a fixed order, packed into pages of at most 16 KiB of DAG-CBOR, and one summary that
// names every page by its SHA-256. The summary hash (SHA-256 of the summary) is what a
// checkpoint entry signs, so one page changed is a different summary.
import { hash } from '../crypto/hash.ts';
import { toBase64Url } from '../encoding/base64url.ts';
import { decodeCanonical, encodeCanonical, equalBytes } from '../encoding/canonical.ts';
import { entriesPerStep, runToEnd, type Steps } from '../state/steps.ts';
import { type CheckpointRecord, type SectionName, type Sections, sectionNames } from './records.ts';

/** A page is at most as large as an entry. */
export const maxPageBytes = 16 * 1024;
/** The summary's version: the protocol's. */
export const summaryVersion = 3;

/** What a summary says besides its pages. */
export interface SummaryHeader {
  net: Uint8Array;
  part: number;
  after: Uint8Array | null;
  until: number;
}

export interface Summary extends SummaryHeader {
  v: number;
  pages: Uint8Array[];
}

export interface Paged {
  pages: Uint8Array[];
  summary: Uint8Array;
  hash: Uint8Array;
}

/** Packs the sections into pages, in order, each page as full as 16 KiB allows, and signs nothing. */
export function paginate(header: SummaryHeader, sections: Sections): Paged {
  return runToEnd(paginateInSteps(header, sections));
}

/** paginate, yielding every few records (an archive device's four years are 2,000 of them, each encoded twice). */
export function* paginateInSteps(header: SummaryHeader, sections: Sections): Steps<Paged> {
  const pages: Uint8Array[] = [];
  let done = 0;
  for (const name of sectionNames) {
    let records: CheckpointRecord[] = [];
    let size = 0;
    let paged = false;
    const flush = () => {
      paged = true;
      const page = encodeCanonical([name, records]);
      if (page.length > maxPageBytes) throw new Error(`a ${name} record does not fit in a page`);
      pages.push(page);
      records = [];
      size = 0;
    };
    for (const record of sections[name]) {
      if (++done % entriesPerStep === 0) yield;
      const bytes = encodeCanonical(record).length;
      // The page's own framing: its array, the section's name, the records' array (≤ 16 bytes).
      if (records.length > 0 && size + bytes + 16 + name.length > maxPageBytes) flush();
      records.push(record);
      size += bytes;
    }
    // A section with no records still has its page: every summary has every section.
    if (records.length > 0 || !paged) flush();
  }
  const summary = encodeCanonical({ v: summaryVersion, ...header, pages: pages.map(hash) });
  return { pages, summary, hash: hash(summary) };
}

/** Summaries and pages by the texts of their hashes. */
export type PagesByKey = ReadonlyMap<string, Uint8Array>;

/**
 * A summary and its pages under the texts of their hashes, as `lookup` holds them (a doc
 * that keeps each value under its own hash): the summary first. Undefined while one is
 * missing. What keeps them elsewhere takes the keys as they are, hashing nothing again.
 */
export function documentByKey(
  summaryHash: Uint8Array,
  lookup: (hashText: string) => Uint8Array | undefined,
): Map<string, Uint8Array> | undefined {
  const key = toBase64Url(summaryHash);
  const summaryBytes = lookup(key);
  const summary = summaryBytes && readSummary(summaryBytes);
  if (!summaryBytes || !summary) return undefined;
  const byKey = new Map([[key, summaryBytes]]);
  for (const page of summary.pages) {
    const pageKey = toBase64Url(page);
    const bytes = lookup(pageKey);
    if (!bytes) return undefined;
    byKey.set(pageKey, bytes);
  }
  return byKey;
}

/** The summary's fields, if the bytes are one. */
export function readSummary(bytes: Uint8Array): Summary | null {
  try {
    const value = decodeCanonical(bytes) as Summary;
    if (value?.v !== summaryVersion || !Array.isArray(value.pages)) return null;
    if (!(value.net instanceof Uint8Array) || !Number.isSafeInteger(value.part) || !Number.isSafeInteger(value.until))
      return null;
    if (value.after !== null && !(value.after instanceof Uint8Array)) return null;
    return value.pages.every((page) => page instanceof Uint8Array && page.length === 32) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The records of each section, from pages that match the summary's hashes in number and
 * content, in the order of the sections, each section's records sorted by key; else null.
 */
export function readPages(summary: Summary, pages: readonly Uint8Array[]): Sections | null {
  return runToEnd(readPagesInSteps(summary, pages));
}

/** readPages, yielding after each page (hashed and decoded): a page runs it in slices. */
export function* readPagesInSteps(summary: Summary, pages: readonly Uint8Array[]): Steps<Sections | null> {
  if (pages.length !== summary.pages.length) return null;
  const sections = Object.fromEntries(sectionNames.map((name) => [name, []])) as unknown as Sections;
  let at = 0;
  for (const [index, page] of pages.entries()) {
    if (page.length > maxPageBytes || !equalBytes(hash(page), summary.pages[index] as Uint8Array)) return null;
    let value: unknown;
    try {
      value = decodeCanonical(page);
    } catch {
      return null;
    }
    if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) return null;
    const position = sectionNames.indexOf(value[0] as SectionName);
    if (position < at) return null;
    at = position;
    const records = sections[value[0] as SectionName];
    for (const record of value[1] as CheckpointRecord[]) {
      if (typeof record?.key !== 'string') return null;
      const last = records.at(-1);
      if (last && last.key >= record.key) return null;
      records.push(record);
    }
    yield;
  }
  return sections;
}

/** A summary and the records of its pages. */
export interface ReadSummary {
  summary: Summary;
  sections: Sections;
}

/** What each summary's pages read to, by the summary's bytes (a doc hands out the same bytes again). */
const alreadyRead = new WeakMap<Uint8Array, ReadSummary>();

/**
 * readSummary and readPages of a summary and its pages, once: every page is named by its
 * hash in the summary, so pages that read once read the same again (a device recalls its
 * checkpoint at opening and again when it reviews it; at four years that is a few hundred
 * pages hashed and decoded on the page's thread). Only what read is kept: missing pages may
 * still come.
 */
export function readSummaryAndPages(summaryBytes: Uint8Array, pages: readonly Uint8Array[]): ReadSummary | null {
  return runToEnd(readSummaryAndPagesInSteps(summaryBytes, pages));
}

/** readSummaryAndPages, yielding after each page it reads (none when it read them before). */
export function* readSummaryAndPagesInSteps(
  summaryBytes: Uint8Array,
  pages: readonly Uint8Array[],
): Steps<ReadSummary | null> {
  const known = alreadyRead.get(summaryBytes);
  if (known) return known;
  const summary = readSummary(summaryBytes);
  const sections = summary && (yield* readPagesInSteps(summary, pages));
  if (!summary || !sections) return null;
  const read = { summary, sections };
  alreadyRead.set(summaryBytes, read);
  return read;
}
