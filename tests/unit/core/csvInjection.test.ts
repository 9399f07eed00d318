// Every CSV the coordinator downloads opens in a spreadsheet. Whatever a member or a
// coordinator wrote (a name, a street, "what was done", a reason, a kind of help) must
// never arrive there as a formula: a cell that starts with = + - @, a tab or a carriage
// return gets a leading apostrophe (OWASP, "CSV injection"). Only the numbers the export
// writes itself may start with a minus.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import { membersCsv } from '../../../src/core/export/membersCsv.ts';
import { transfersCsv } from '../../../src/core/export/transfersCsv.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { networkReport } from '../../../src/core/state/report.ts';
import { reportCsv } from '../../../src/core/state/reportCsv.ts';
import { TestNetwork } from './TestNetwork.ts';

const formulas = ['=1+1', '+31 6 1234', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x")'];

/** A cell a spreadsheet would run: starts like a formula, and is not a number the export wrote (-2,5 or -150). */
function runs(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(,\d+)?$/.test(cell);
}

function cellsOf(csv: string, separator = ','): string[] {
  const parsed = parseCsv(csv, separator);
  if (!parsed.ok) throw new Error(`${parsed.problem} on line ${parsed.line}`);
  return parsed.rows.flatMap((row) => row.fields);
}

/** A network where every text a person writes starts like a formula, with a year of months closed. */
function hostileHistory() {
  const categories = formulas.map((formula, i) => `${formula}${i}`.slice(0, 40));
  const network = new TestNetwork({ categories });
  const people: Identity[] = formulas.map((_, i) => network.member(`Buur ${i}`));
  people.forEach((person, i) => {
    network.write(person, 'profile', {
      name: formulas[i] as string,
      area: formulas[(i + 1) % formulas.length] as string,
      offers: [],
      words: '',
      languages: ['nl'],
      paused: false,
      perWeek: 0,
    });
  });
  // Five exchanges in each kind of help: shown in the report, header and all.
  for (const [c, category] of categories.entries()) {
    const asker = people[c] as Identity;
    const post = network.post(asker, { category });
    for (let n = 0; n < 5; n++) {
      const helper = people[(c + 1 + n) % people.length] as Identity;
      network.write(asker, 'transfer', {
        to: helper.signing.publicKey,
        minutes: 60,
        what: formulas[n] as string,
        post: post.id,
        proposal: null,
      });
    }
  }
  const last = network.transfer(people[0] as Identity, people[1] as Identity, 30, '@x');
  network.write(network.founder, 'reverse-transfer', { transfer: last.id, reason: '=1+1' });
  return network;
}

describe('no export runs a formula', { timeout: 60_000 }, () => {
  it('members, transfers and the report: every cell a person wrote is defused', async () => {
    const network = hostileHistory();
    const state = await network.state();
    const report = networkReport(state, network.clock + 100 * 24 * 60 * 60 * 1000);
    expect(report.months[0]?.categories.some((c) => c.exchanges.kind === 'count')).toBe(true);
    for (const separator of [',', ';'] as const) {
      for (const [name, csv] of [
        ['members', membersCsv(state, new Map(), { separator })],
        ['transfers', transfersCsv(state, new Map(), { separator })],
        ['report', reportCsv(report, undefined, { separator })],
      ] as const) {
        expect(cellsOf(csv, separator).filter(runs), `${name} ${separator}`).toEqual([]);
      }
    }
    // What was written is still there, behind its apostrophe.
    expect(cellsOf(transfersCsv(state))).toContain("'=1+1");
    expect(cellsOf(reportCsv(report))).toContain("'=1+10: keer geholpen");
  });
});
