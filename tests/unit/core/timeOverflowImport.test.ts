// Moving a TimeOverflow bank to Buurtruil: its CSV reports become signed entries of a new
// network, with every balance carried over exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../../../src/core/categories.ts';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import { maxOpeningMinutes } from '../../../src/core/entry/bodies.ts';
import { readTimeOverflowMembers, readTimeOverflowPosts } from '../../../src/core/import/timeOverflow.ts';
import { categoryFor, fallbackCategory } from '../../../src/core/import/timeOverflowCategories.ts';
import { writeImport } from '../../../src/core/import/writeImport.ts';
import { keyOf, TestNetwork } from './TestNetwork.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/timeoverflow/${name}`, import.meta.url), 'utf8');
const membersFile = fixture('Members_2026-03-02.csv');
const offersFile = fixture('Offers_2026-03-02.csv');
const day = 24 * 60 * 60 * 1000;

/** TimeOverflow's member report header, in Dutch, as its nl-NL locale writes it. */
const header = 'N,Naam,E-mail,Telefoonnummer,Alternatief telefoonnummer,Aangemaakt,Laatste login,Locale,Balans\n';
const member = (n: number | string, name: string, balance: string) =>
  `${n},${name},"",,,2024-01-01 10:00:00 UTC,"",nl-NL,${balance}\n`;

describe('reading TimeOverflow’s members report', () => {
  it('reads the sample: twelve members, their numbers and balances (seconds) as minutes', () => {
    const read = readTimeOverflowMembers(membersFile);
    expect(read.problems).toEqual([]);
    expect(read.notices).toEqual([]);
    expect(read.members.map((m) => [m.number, m.name, m.openingMinutes])).toEqual([
      ['1', 'Annie de Vries', 120],
      ['2', 'Mohamed El Amrani', -90],
      ['3', 'Joke Bakker', 0],
      ['4', 'Henk Jansen', 600],
      ['5', 'Fatma Yılmaz', -180],
      ['6', 'Kees van den Berg', 45],
      ['7', 'Ria "Tante Ria" Smit', -60],
      ['8', 'Boer, Sander de', 90],
      ['9', 'Priya Ramdin', 240],
      ['10', 'Wim Visser', -15],
      ['11', 'Gerda Mulder', 60],
      ['12', 'Youssef Haddad', -30],
    ]);
    // Contact details stay behind: nothing but a name, an area and a balance is kept.
    expect(Object.keys(read.members[0] ?? {}).sort()).toEqual(['area', 'line', 'name', 'number', 'openingMinutes']);
  });

  it('says, per line, which rows it left out and why', () => {
    const text =
      header +
      member(1, 'Annie', '7200') +
      member(2, '', '3600') +
      member(3, 'Henk', '"2,5"') +
      member(4, 'Fatma', '') +
      member(5, 'Kees', String(maxOpeningMinutes * 60 + 60)) +
      member(1, 'Tweede Annie', '0') +
      member(7, 'x'.repeat(61), '0') +
      '8,Wim,te weinig velden\n';
    const read = readTimeOverflowMembers(text);
    expect(read.members.map((m) => m.name)).toEqual(['Annie']);
    expect(read.problems).toEqual([
      { file: 'members', line: 3, kind: 'missing-name', value: '2' },
      { file: 'members', line: 4, kind: 'bad-balance', value: '2,5' },
      { file: 'members', line: 5, kind: 'bad-balance', value: '' },
      { file: 'members', line: 6, kind: 'balance-too-large', value: String(maxOpeningMinutes * 60 + 60) },
      { file: 'members', line: 7, kind: 'duplicate-number', value: '1' },
      { file: 'members', line: 8, kind: 'name-too-long', value: 'x'.repeat(61) },
      { file: 'members', line: 9, kind: 'too-few-fields', value: '3' },
    ]);
  });

  it('takes a balance up to the limit, hours:minutes as TimeOverflow’s pages show them, and rounds stray seconds', () => {
    const text =
      header +
      member(1, 'Annie', String(-maxOpeningMinutes * 60)) +
      member(2, 'Henk', '-1:30') +
      member(3, 'Fatma', '90') +
      member(4, 'Kees', '-29');
    const read = readTimeOverflowMembers(text);
    expect(read.problems).toEqual([]);
    expect(read.members.map((m) => m.openingMinutes)).toEqual([-maxOpeningMinutes, -90, 2, 0]);
    expect(read.notices).toEqual([
      { file: 'members', line: 4, kind: 'balance-rounded', value: '90' },
      { file: 'members', line: 5, kind: 'balance-rounded', value: '-29' },
    ]);
    expect(Object.is(read.members[3]?.openingMinutes, -0)).toBe(false);
  });

  it('reads an area from a column the coordinator added, headed "Wijk"', () => {
    const text = `${header.trimEnd()},Wijk\n1,Annie,"",,,,"",nl-NL,3600,Oosterpark\n`;
    expect(readTimeOverflowMembers(text).members[0]).toMatchObject({ name: 'Annie', area: 'Oosterpark' });
  });

  it('refuses a file that is not a members report, or not well-formed, saying where', () => {
    expect(readTimeOverflowMembers('Naam,Saldo\nAnnie,2\n').problems).toEqual([
      { file: 'members', line: 1, kind: 'not-members-report', value: 'Naam,Saldo' },
    ]);
    expect(readTimeOverflowMembers(`${header}1,"Annie" de Vries,"",,,,"",nl-NL,3600\n`)).toMatchObject({
      members: [],
      problems: [{ file: 'members', line: 2, kind: 'unreadable', value: 'text-after-quote' }],
    });
    expect(readTimeOverflowMembers(`${header}1,"Annie\n`).problems).toEqual([
      { file: 'members', line: 2, kind: 'unreadable', value: 'unclosed-quote' },
    ]);
  });
});

describe('reading TimeOverflow’s offers report', () => {
  it('follows the category rows and finds each post’s member by number', () => {
    const { members } = readTimeOverflowMembers(membersFile);
    const read = readTimeOverflowPosts(offersFile, members);
    expect(read.problems).toEqual([]);
    expect(read.posts.map((p) => [p.member, p.title, p.category])).toEqual([
      ['4', 'Hulp bij de belastingaangifte', 'formulieren'],
      ['12', 'Uitleg over je smartphone', 'computer'],
      ['1', 'Een kopje koffie en een praatje', 'bezoek'],
      ['6', 'Lampen ophangen en kleine reparaties', 'klussen'],
      ['9', 'Surinaamse maaltijd, ook voor twee', 'koken'],
      ['11', 'Yoga voor beginners', fallbackCategory],
      ['8', 'Samen Nederlands oefenen', 'taal'],
      ['2', 'Heg snoeien', 'tuin'],
    ]);
    expect(read.posts[0]?.tags).toEqual(['belasting', 'formulieren']);
    // Yoga under "Overige" matched nothing: put under the fallback, and said so.
    expect(read.notices).toEqual([{ file: 'posts', line: 13, kind: 'category-guessed', value: 'Overige' }]);
  });

  it('leaves out posts of members not imported, and posts without a title', () => {
    const members = readTimeOverflowMembers(header + member(1, 'Annie', '0')).members;
    const text =
      '"",Aanbieding,Labels,Gebruiker,Aangemaakt\n"",Tuin,"","",""\n' +
      '5,Heg snoeien,"",Annie (1),2024-01-01 10:00:00 UTC\n' +
      '6,Gras maaien,"",Henk (2),2024-01-01 10:00:00 UTC\n' +
      '7,"","",Annie (1),2024-01-01 10:00:00 UTC\n' +
      `8,${'Lang '.repeat(30)},"",Annie (1),2024-01-01 10:00:00 UTC\n`;
    const read = readTimeOverflowPosts(text, members);
    expect(read.posts.map((p) => p.title.length)).toEqual(['Heg snoeien'.length, 120]);
    expect(read.problems).toEqual([
      { file: 'posts', line: 4, kind: 'unknown-member', value: 'Henk (2)' },
      { file: 'posts', line: 5, kind: 'missing-title', value: '7' },
    ]);
    expect(read.notices).toEqual([
      { file: 'posts', line: 6, kind: 'title-shortened', value: 'Lang '.repeat(30).trim() },
    ]);
  });
});

describe('TimeOverflow’s categories', () => {
  it('are recognised by their words in Spanish, Catalan, English and Dutch', () => {
    const cases: [string, string][] = [
      ['Acompañamiento', 'meegaan'],
      ['Tareas domésticas', 'klussen'],
      ['Tareas administrativas', 'formulieren'],
      ['Préstamo de herramientas, material, libros, ...', 'spullen'],
      ['Ocio', 'meegaan'],
      ['Asesoramiento', 'formulieren'],
      ['Jardinería', 'tuin'],
      ['Household tasks', 'klussen'],
      ['Gezelschap', 'bezoek'],
      ['Computer en telefoon', 'computer'],
      ['Oppassen', 'oppassen'],
      ['Mantelzorg ontlasten', 'mantelzorg'],
    ];
    for (const [name, category] of cases) expect([name, categoryFor(name, [], '').category]).toEqual([name, category]);
  });

  it('fall back on the tags, then the title, then klussen', () => {
    expect(categoryFor('Clases', ['Inglés', 'English'], 'English conversation')).toEqual({
      category: 'taal',
      guessed: false,
    });
    expect(categoryFor('Otros', [], 'Ik rijd je naar het ziekenhuis')).toEqual({ category: 'vervoer', guessed: false });
    expect(categoryFor('Salud', [], 'Massage')).toEqual({ category: 'klussen', guessed: true });
    expect(defaultCategories).toContain(fallbackCategory);
  });
});

describe('importing a TimeOverflow bank into a new network', () => {
  it('enrolls every member with their balance and posts their offers; the pot and all balances sum to zero', async () => {
    const network = new TestNetwork({ categories: [...defaultCategories], welcome: 120 });
    const ledger = await network.ledger();
    const { members } = readTimeOverflowMembers(membersFile);
    const { posts } = readTimeOverflowPosts(offersFile, members);
    const cards = await writeImport(ledger, network.founder, members, posts, {
      consent: 'Je gegevens komen uit TimeOverflow; alleen je naam en je uren gaan mee.',
      expires: network.clock + 90 * day,
      time: network.clock,
    });
    const state = ledger.state;
    expect([...ledger.rejections().values()]).toEqual([]);

    // Every balance is the CSV's, read here straight from the file: seconds / 60.
    const parsed = parseCsv(membersFile);
    if (!parsed.ok) throw new Error(parsed.problem);
    const csvMinutes = new Map(parsed.rows.slice(1).map((row) => [row.fields[1], Number(row.fields[8]) / 60]));
    expect(cards).toHaveLength(12);
    for (const card of cards) {
      const imported = state.members.get(keyOf(card.identity));
      expect(imported).toMatchObject({
        status: 'admitted',
        balance: csvMinutes.get(card.member.name),
        welcome: csvMinutes.get(card.member.name),
      });
      expect(imported?.enrolled?.name).toBe(card.member.name);
    }
    let sum = state.pot;
    for (const m of state.members.values()) sum += m.balance;
    expect(sum).toBe(0);
    expect(state.pot).toBe(-[...csvMinutes.values()].reduce((a, b) => a + b, 0));

    // The offers stand in their members' names, written via the coordinator's laptop.
    const byName = new Map(cards.map((card) => [card.member.name, keyOf(card.identity)]));
    const offers = [...state.posts.values()];
    expect(offers).toHaveLength(8);
    const hedge = offers.find((post) => post.title === 'Heg snoeien');
    expect(hedge).toMatchObject({
      kind: 'offer',
      author: byName.get('Mohamed El Amrani'),
      via: keyOf(network.founder),
      category: 'tuin',
      text: 'heggenschaar, tuin',
      status: 'open',
    });
    // The audit log shows each enrolment, by the coordinator.
    expect(state.acts.filter((act) => act.type === 'enroll' && act.by === keyOf(network.founder))).toHaveLength(12);
  }, 120_000);
});
