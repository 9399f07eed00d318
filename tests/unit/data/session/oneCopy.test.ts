// Each entry's bytes at rest once (issue 20): the member room's doc is kept hollow once the
// verified copy holds its entries, and a device opened again from the two is whole.
import { afterEach, describe, expect, it } from 'vitest';
import { postById } from '../../../../src/data/exchange/index.ts';
import { readCopy } from '../../../../src/data/store/verifiedCopy.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

describe('one copy at rest', { timeout: 60_000 }, () => {
  it('the member doc at rest leaves out what the verified copy holds; opened again, the device is whole', async () => {
    const carla = await hood.found('Carla');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const posted = await carla.session.write('post', postFields({ title: `Vraag ${i}` }));
      if (!posted.ok) throw new Error(posted.problem);
      ids.push(posted.id);
    }
    const session = carla.session;
    const docName = `buurtruil-doc-${session.networkId}`;
    const copy = [...(await readCopy(session.db)).entries.values()];
    const entryBytes = copy.reduce((n, bytes) => n + bytes.length, 0);
    expect(copy.length).toBeGreaterThan(30);
    await until(session, () => carla.device.storage.bytesAtRest(docName) < entryBytes / 3);
    const record = session.record;
    const posts = session.memberState?.posts.size;
    session.close();

    const again = await carla.device.open(record);
    await again.memberReady;
    expect(again.memberState?.posts.size).toBe(posts);
    for (const [i, id] of ids.entries()) expect(postById(again, id)?.title).toBe(`Vraag ${i}`);
  });
});
