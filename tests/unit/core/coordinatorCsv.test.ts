// The coordinator's own records: members with balances, and every transfer.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import { hoursText } from '../../../src/core/export/hoursText.ts';
import { membersCsv } from '../../../src/core/export/membersCsv.ts';
import { transfersCsv } from '../../../src/core/export/transfersCsv.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { keyOf, TestNetwork } from './TestNetwork.ts';

/** Signing real histories is slow on a loaded machine. */
const slow = { timeout: 60_000 };

const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`${parsed.problem} on line ${parsed.line}`);
  return parsed.rows.map((row) => row.fields);
};

/** A name that needs every kind of quoting: a quote, a comma and a line break. */
const awkwardName = 'Ria "Tante Ria" Smit,\nde Pijp';

function history() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  network.write(anna, 'profile', {
    name: 'Anna de Vries',
    area: 'Wibautstraat',
    offers: [],
    words: '',
    languages: ['nl'],
    paused: false,
    perWeek: 0,
  });
  const card = newIdentity();
  network.write(network.founder, 'enroll', {
    member: card.signing.publicKey,
    boxKey: card.box.publicKey,
    name: awkwardName,
    area: 'Oosterpark',
    welcome: 0,
    opening: -90,
    consent: 'Uitgelegd aan de balie.',
    epoch: 0,
    secret: null,
  });
  const bram = network.member('Bram');
  network.grant(network.member('Kiosk'), 'kiosk');
  network.clock = Date.UTC(2026, 2, 31, 22, 30);
  network.transfer(anna, card, 90, 'Boodschappen, en "even" koffie');
  const reversed = network.transfer(card, bram, 20, '=1+1');
  network.write(network.founder, 'reverse-transfer', { transfer: reversed.id, reason: 'Dubbel ingevoerd' });
  return { network, anna, bram, card };
}

describe('hours for a Dutch spreadsheet', () => {
  it('have a decimal comma, at most two decimals', () => {
    expect([90, 60, 20, -135, 0, -1, 6001].map(hoursText)).toEqual([
      '1,5',
      '1',
      '0,33',
      '-2,25',
      '0',
      '-0,02',
      '100,02',
    ]);
  });
});

describe('members and balances', slow, () => {
  it('one row per member by name, balance in hours and in minutes; kiosks left out', async () => {
    const { network, bram } = history();
    const state = await network.state();
    const rows = rowsOf(membersCsv(state, new Map([[keyOf(bram), 'Bram (uit de aanmelding)']])));
    expect(rows).toEqual([
      ['naam', 'straat of buurt', 'status', 'saldo (uren)', 'saldo (minuten)'],
      ['', '', 'lid', '0', '0'],
      ['Anna de Vries', 'Wibautstraat', 'lid', '0,5', '30'],
      ['Bram (uit de aanmelding)', '', 'lid', '2', '120'],
      [awkwardName, 'Oosterpark', 'lid', '0', '0'],
    ]);
  });

  it('a name with a quote, a comma and a line break comes back whole', async () => {
    const { network } = history();
    const rows = rowsOf(membersCsv(await network.state()));
    expect(rows.map((row) => row[0])).toContain(awkwardName);
  });

  it('can use ";" for Excel in Dutch, where "," is the decimal comma', async () => {
    const { network } = history();
    const text = membersCsv(await network.state(), new Map(), { separator: ';' });
    expect(text.split('\r\n')[0]).toBe('naam;straat of buurt;status;saldo (uren);saldo (minuten)');
    expect(text).toContain('Anna de Vries;Wibautstraat;lid;0,5;30');
  });
});

describe('transfers', slow, () => {
  it('lists every transfer in Amsterdam time, reversed ones marked with the reason, formulas defused', async () => {
    const { network } = history();
    const rows = rowsOf(transfersCsv(await network.state()));
    expect(rows).toEqual([
      ['datum', 'van', 'aan', 'uren', 'minuten', 'wat', 'teruggedraaid', 'reden'],
      // 22:31 UTC on 31 March is 00:31 on 1 April in Amsterdam.
      ['2026-04-01 00:31', 'Anna de Vries', awkwardName, '1,5', '90', 'Boodschappen, en "even" koffie', 'nee', ''],
      ['2026-04-01 00:32', awkwardName, '', '0,33', '20', "'=1+1", 'ja', 'Dubbel ingevoerd'],
    ]);
  });
});
