// Reading a TimeOverflow bank's CSV reports (github.com/coopdevs/timeoverflow), so a bank
// can move to Buurtruil with its members, their balances and their offers.
//
// The layouts, as TimeOverflow writes them (Ruby's CSV, one header row, lines ending in
// LF, the header words in the bank's language):
//
//  Members report (app/decorators/report/member_decorator.rb):
//    N, Name, Email, Phone, Alternative Phone, Created, Last login, Locale, Balance
//    (Dutch: N, Naam, E-mail, Telefoonnummer, Alternatief telefoonnummer, Aangemaakt,
//    Laatste login, Locale, Balans.) N is the member number; Balance is
//    `member.account_balance.to_s`: the account's balance in SECONDS, a whole number
//    (accounts.balance is an integer column; the transfer form sends hours * 3600 +
//    minutes * 60, app/assets/javascripts/application/give_time.js).
//
//  Offers (and requests) report (app/decorators/report/post_decorator.rb):
//    "", Offer, Tags, User, Created
//    then per category a row ["", category name, "", "", ""] (the name "-" when none),
//    followed by its posts: [post id, title, "tag, tag", "Name (N)", created].
//
// Contact details (email, phone) are left behind on purpose: Buurtruil keeps a display
// name and a street or area only (PRODUCT.md principle 9). The reports have no address;
// a column the coordinator added, headed like "Wijk", "Buurt" or "Straat", is read as
// the area.
import { parseCsv } from '../csv/parseCsv.ts';
import { maxOpeningMinutes } from '../entry/bodies.ts';
import { type Category, categoryFor, wordsOf } from './timeOverflowCategories.ts';

export interface ImportedMember {
  /** The line of the members file it came from. */
  line: number;
  /** TimeOverflow's member number (N): offers name their member by it. */
  number: string;
  name: string;
  area: string;
  /** The balance carried over, in minutes (TimeOverflow's seconds / 60). */
  openingMinutes: number;
}

export interface ImportedPost {
  line: number;
  /** The member number of its author. */
  member: string;
  kind: 'offer' | 'request';
  title: string;
  category: Category;
  tags: string[];
}

export type ImportIssueKind =
  // the file
  | 'unreadable'
  | 'not-members-report'
  | 'not-posts-report'
  // a row that is not imported
  | 'too-few-fields'
  | 'missing-name'
  | 'name-too-long'
  | 'duplicate-number'
  | 'bad-balance'
  | 'balance-too-large'
  | 'missing-title'
  | 'unknown-member'
  // a row imported with a change
  | 'balance-rounded'
  | 'area-shortened'
  | 'title-shortened'
  | 'tags-shortened'
  | 'category-guessed';

/**
 * Something about one line, in plain data for the pages to word: the file, the line, what
 * is the matter, and the value concerned (the name, the balance, the category as written).
 */
export interface ImportIssue {
  file: 'members' | 'posts';
  line: number;
  kind: ImportIssueKind;
  value: string;
}

export interface MembersRead {
  members: ImportedMember[];
  /** Rows not imported, and why. */
  problems: ImportIssue[];
  /** Rows imported with a change the coordinator should know of. */
  notices: ImportIssue[];
}

export interface PostsRead {
  posts: ImportedPost[];
  problems: ImportIssue[];
  notices: ImportIssue[];
}

const memberColumns = { number: 0, name: 1, balance: 8 } as const;
const postColumns = { id: 0, title: 1, tags: 2, user: 3 } as const;
/** Limits of the entries the rows become (docs/protocol.md, src/core/entry/bodies.ts). */
const maxName = 60;
const maxArea = 80;
const maxTitle = 120;
/** Longer than any category name a bank gives; the rest is not read. */
const maxCategoryName = 120;
/** The tags become the post's text. */
const maxTagsText = 2000;
const areaHeaders = new Set([
  'wijk',
  'buurt',
  'straat',
  'area',
  'neighbourhood',
  'neighborhood',
  'street',
  'barrio',
  'barri',
]);

export function readTimeOverflowMembers(text: string): MembersRead {
  const read: MembersRead = { members: [], problems: [], notices: [] };
  const problem = (line: number, kind: ImportIssueKind, value = '') =>
    read.problems.push({ file: 'members', line, kind, value });
  const notice = (line: number, kind: ImportIssueKind, value = '') =>
    read.notices.push({ file: 'members', line, kind, value });

  const parsed = parseCsv(text);
  if (!parsed.ok) {
    problem(parsed.line, 'unreadable', parsed.problem);
    return read;
  }
  const [header, ...rows] = parsed.rows.filter((row) => row.fields.some((field) => field !== ''));
  if (header?.fields[0]?.trim() !== 'N' || header.fields.length <= memberColumns.balance) {
    problem(header?.line ?? 1, 'not-members-report', header?.fields.join(',') ?? '');
    return read;
  }
  const areaColumn = header.fields.findIndex(
    (title, index) => index > memberColumns.balance && areaHeaders.has(wordsOf(title).join(' ')),
  );

  const numbers = new Set<string>();
  for (const { line, fields } of rows) {
    if (fields.length <= memberColumns.balance) {
      problem(line, 'too-few-fields', String(fields.length));
      continue;
    }
    const number = (fields[memberColumns.number] ?? '').trim();
    const name = oneLine(fields[memberColumns.name] ?? '');
    const balance = (fields[memberColumns.balance] ?? '').trim();
    if (!name) {
      problem(line, 'missing-name', number);
      continue;
    }
    if ([...name].length > maxName) {
      problem(line, 'name-too-long', name);
      continue;
    }
    if (number && numbers.has(number)) {
      problem(line, 'duplicate-number', number);
      continue;
    }
    const seconds = balanceSeconds(balance);
    if (seconds === null) {
      problem(line, 'bad-balance', balance);
      continue;
    }
    const minutes = roundToMinutes(seconds);
    if (Math.abs(minutes) > maxOpeningMinutes) {
      problem(line, 'balance-too-large', balance);
      continue;
    }
    if (minutes * 60 !== seconds) notice(line, 'balance-rounded', balance);
    let area = areaColumn >= 0 ? oneLine(fields[areaColumn] ?? '') : '';
    if ([...area].length > maxArea) {
      area = [...area].slice(0, maxArea).join('');
      notice(line, 'area-shortened', area);
    }
    if (number) numbers.add(number);
    read.members.push({ line, number, name, area, openingMinutes: minutes });
  }
  return read;
}

/**
 * Reads an offers (or requests) report. `members`: the members imported, whose numbers
 * the posts name; a post of anyone else (not in the file, or not imported) is a problem.
 */
export function readTimeOverflowPosts(
  text: string,
  members: readonly ImportedMember[],
  kind: 'offer' | 'request' = 'offer',
): PostsRead {
  const read: PostsRead = { posts: [], problems: [], notices: [] };
  const problem = (line: number, issue: ImportIssueKind, value = '') =>
    read.problems.push({ file: 'posts', line, kind: issue, value });
  const notice = (line: number, issue: ImportIssueKind, value = '') =>
    read.notices.push({ file: 'posts', line, kind: issue, value });

  const parsed = parseCsv(text);
  if (!parsed.ok) {
    problem(parsed.line, 'unreadable', parsed.problem);
    return read;
  }
  const [header, ...rows] = parsed.rows.filter((row) => row.fields.some((field) => field !== ''));
  if (header?.fields[0] !== '' || header.fields.length <= postColumns.user) {
    problem(header?.line ?? 1, 'not-posts-report', header?.fields.join(',') ?? '');
    return read;
  }
  const known = new Set(members.map((member) => member.number).filter(Boolean));
  let category = '';
  for (const { line, fields } of rows) {
    if (fields.length <= postColumns.user) {
      problem(line, 'too-few-fields', String(fields.length));
      continue;
    }
    const id = (fields[postColumns.id] ?? '').trim();
    const written = oneLine(fields[postColumns.title] ?? '');
    // A category row: no id, the category's name where a title would be.
    if (id === '') {
      // Only its beginning is looked at: a category name is a few words, and every post
      // after it is matched against it (a megabyte here, times every post, would never end).
      category = written === '-' ? '' : [...written].slice(0, maxCategoryName).join('');
      continue;
    }
    const member = /\((\d+)\)\s*$/.exec(fields[postColumns.user] ?? '')?.[1] ?? '';
    if (!known.has(member)) {
      problem(line, 'unknown-member', fields[postColumns.user] ?? '');
      continue;
    }
    if (!written) {
      problem(line, 'missing-title', id);
      continue;
    }
    let title = written;
    if ([...title].length > maxTitle) {
      title = `${[...title].slice(0, maxTitle - 1).join('')}…`;
      notice(line, 'title-shortened', written);
    }
    const writtenTags = (fields[postColumns.tags] ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const tags = tagsThatFit(writtenTags);
    if (tags.length < writtenTags.length) notice(line, 'tags-shortened', String(writtenTags.length - tags.length));
    const mapped = categoryFor(category, tags, title);
    if (mapped.guessed) notice(line, 'category-guessed', category);
    read.posts.push({ line, member, kind, title, category: mapped.category, tags });
  }
  return read;
}

/** Whole seconds ("-5400", as TimeOverflow writes them), or hours:minutes ("-1:30", as its pages show them). */
export function balanceSeconds(text: string): number | null {
  const seconds = /^[-+]?\d{1,15}$/.exec(text);
  if (seconds) return Number(text);
  const clock = /^([-+]?)(\d{1,9}):([0-5]\d)$/.exec(text);
  if (clock) {
    const value = Number(clock[2]) * 3600 + Number(clock[3]) * 60;
    return clock[1] === '-' ? -value : value;
  }
  return null;
}

/** The first tags that fit in a post's text, joined with ", "; a tag longer than all of it is cut. */
function tagsThatFit(tags: readonly string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const tag of tags) {
    const size = [...tag].length + (kept.length > 0 ? 2 : 0);
    if (length + size > maxTagsText) {
      if (kept.length === 0) kept.push([...tag].slice(0, maxTagsText).join(''));
      break;
    }
    kept.push(tag);
    length += size;
  }
  return kept;
}

/** To the nearest minute, halves away from zero, the same for a debt as for a credit. */
function roundToMinutes(seconds: number): number {
  const minutes = Math.round(Math.abs(seconds) / 60);
  return seconds < 0 && minutes > 0 ? -minutes : minutes;
}

/** Trimmed, with line breaks and runs of spaces made one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
