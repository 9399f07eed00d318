// The sample TimeOverflow bank (tests/fixtures/timeoverflow) imported into a new network
// through the session: every member with their balance, their offers on the board, and
// the pot at minus what they brought.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { previewImport } from '../../../../src/data/coordinator/index.ts';
import { Neighbourhood, untilStored } from '../../../support/Neighbourhood.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/timeoverflow/${name}`, import.meta.url), 'utf8');

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

describe('import from TimeOverflow', () => {
  it('enrols the members with their balances and posts their offers', async () => {
    const carla = await hood.found('Carla');
    const preview = previewImport(fixture('Members_2026-03-02.csv'), fixture('Offers_2026-03-02.csv'));
    expect(preview.members.members).toHaveLength(12);
    expect(preview.members.problems).toEqual([]);
    expect(preview.posts.posts).toHaveLength(8);
    const result = await carla.session.importTimeOverflow(preview, 'Overgezet uit TimeOverflow.');
    expect(result).toEqual({ ok: true, members: 12, posts: 8 });

    const rows = await untilStored(
      () => carla.session.db.members.toArray(),
      (list) => list.length === 13,
    );
    const balance = Object.fromEntries(rows.map((row) => [row.name, row.balance]));
    expect(balance).toMatchObject({
      'Annie de Vries': 120,
      'Mohamed El Amrani': -90,
      'Joke Bakker': 0,
      'Henk Jansen': 600,
      'Fatma Yılmaz': -180,
      'Kees van den Berg': 45,
      'Ria "Tante Ria" Smit': -60,
      'Boer, Sander de': 90,
      'Priya Ramdin': 240,
      'Wim Visser': -15,
      'Gerda Mulder': 60,
      'Youssef Haddad': -30,
    });
    const total = rows.reduce((sum, row) => sum + row.balance, 0);
    expect(carla.session.memberState?.pot).toBe(-total);
    expect(await carla.session.db.posts.count()).toBe(8);
    // Only into a new network.
    expect(await carla.session.importTimeOverflow(preview, '')).toEqual({ ok: false, problem: 'not-new' });
  });
});
