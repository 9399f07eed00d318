// Restoring from files a person picks: the network export and the recovery file, changed,
// cut, mixed with another network's, or foreign. Each answer is the restored network or a
// typed problem, and a refused file leaves the device as it was.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { equalBytes } from '../../../../src/core/encoding/canonical.ts';
import { entryId } from '../../../../src/core/entry/Entry.ts';
import { readNetworkFile, writeNetworkFile } from '../../../../src/core/export/networkFile.ts';
import { type RestoreProblem, restoreNetwork } from '../../../../src/data/coordinator/index.ts';
import { makeRecovery, restoreRecovery } from '../../../../src/data/devices/index.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

const problems: RestoreProblem[] = [
  'too-large',
  'not-a-network-file',
  'other-version',
  'not-authentic',
  'no-genesis',
  'known-network',
  'recovery-malformed',
  'wrong-passphrase',
  'recovery-other-network',
  'device-in-use',
];

async function exported(name: string) {
  const founded = await hood.found(name);
  const anna = await hood.admitted(founded.session, founded.invite, `${name}s buur`);
  const post = await anna.write('post', postFields({ title: 'Wie helpt met de tuin?' }));
  if (!post.ok) throw new Error(post.problem);
  await until(founded.session, () => founded.session.memberState?.posts.has(post.id) === true);
  const file = founded.session.exportFile();
  const read = file && readNetworkFile(file);
  if (!file || !read?.ok) throw new Error('no export');
  return { session: founded.session, file, read: read.file };
}

describe('restoring a network from a file', { timeout: 120_000 }, () => {
  it('refuses another network’s entries under this network’s name, or a mix of two, and keeps nothing', async () => {
    const ours = await exported('Carla');
    const theirs = await exported('Tom');
    const laptop = hood.device('Laptop');
    const tries = {
      'their entries under our name': writeNetworkFile({ ...theirs.read, network: ours.read.network }),
      'our entries under their name': writeNetworkFile({ ...ours.read, network: theirs.read.network }),
      'ours and one of theirs': writeNetworkFile({
        ...ours.read,
        entries: [...ours.read.entries, theirs.read.entries.at(-1) as Uint8Array],
      }),
      'ours without the genesis': writeNetworkFile({
        ...ours.read,
        entries: ours.read.entries.filter((bytes) => !equalBytes(entryId(bytes), ours.read.network)),
      }),
      'ours, each entry twice': writeNetworkFile({
        ...ours.read,
        entries: [...ours.read.entries, ...ours.read.entries],
      }),
    };
    const answers: Record<string, unknown> = {};
    for (const [name, file] of Object.entries(tries)) {
      const result = await restoreNetwork(laptop.device, file, { viewDatabase: laptop.viewDatabase });
      answers[name] = result.ok ? 'restored' : result.problem;
      if (result.ok) await laptop.device.networks.clear();
    }
    expect(answers).toEqual({
      'their entries under our name': 'not-authentic',
      'our entries under their name': 'not-authentic',
      'ours and one of theirs': 'not-authentic',
      'ours without the genesis': 'no-genesis',
      'ours, each entry twice': 'restored',
    });
    expect(await laptop.device.networks.count()).toBe(0);
  });

  it('answers any change to the file with the network or a typed problem', async () => {
    const { file } = await exported('Carla');
    let device = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat(file.length - 1)),
        async (flips, cut) => {
          const changed = file.slice(0, cut ?? file.length);
          for (const [at, xor] of flips) if (at < changed.length) changed[at] = (changed[at] ?? 0) ^ xor;
          const laptop = hood.device(`Laptop ${device++}`);
          const result = await restoreNetwork(laptop.device, changed, { viewDatabase: laptop.viewDatabase });
          if (!result.ok) {
            expect(problems).toContain(result.problem);
            expect(await laptop.device.networks.count()).toBe(0);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a recovery file of another network, or one that is not a recovery file, and keeps nothing', async () => {
    const ours = await exported('Carla');
    const theirs = await exported('Tom');
    const recovery = await makeRecovery(theirs.session);
    if (!recovery) throw new Error('no recovery file');
    const laptop = hood.device('Laptop');
    const restore = (file: Uint8Array, passphrase = recovery.passphrase) =>
      restoreNetwork(laptop.device, ours.file, { recovery: { file, passphrase }, viewDatabase: laptop.viewDatabase });
    expect(await restore(recovery.file)).toEqual({ ok: false, problem: 'recovery-other-network' });
    expect(await restore(ours.file)).toEqual({ ok: false, problem: 'recovery-malformed' });
    expect(await restore(recovery.file.slice(0, 40))).toEqual({ ok: false, problem: 'recovery-malformed' });
    expect(await restore(new Uint8Array())).toEqual({ ok: false, problem: 'recovery-malformed' });
    expect(await laptop.device.networks.count()).toBe(0);
    // On its own (a new phone, "Bewaar je sleutel"): the same answers, typed.
    expect(await restoreRecovery(laptop.device, ours.file, recovery.passphrase)).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(await restoreRecovery(laptop.device, recovery.file, 'kort')).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
    expect(await laptop.device.networks.count()).toBe(0);
  });
});
