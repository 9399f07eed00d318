// A new device of a member (its identity and the network record, no data) that receives the
// history at once shows the newest posts while the rest is checked (docs/protocol.md §3.5,
// "being checked"), and only on the board: a hostile peer's post that the rules refuse is
// shown so and then gone, never a row, never in the state; a forged one never shows.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName } from '../../../../src/core/adapters/yjsEntryLog.ts';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { payloadOf, signEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { memberRoomName } from '../../../../src/core/rooms.ts';
import { NetworkSession } from '../../../../src/data/session/index.ts';
import { roomFactory } from '../../../../src/sync/RoomFactory.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';
import { signRawPayload } from '../../core/TestNetwork.ts';

let hood = new Neighbourhood();
let opened: NetworkSession[] = [];
afterEach(async () => {
  for (const session of opened) session.close();
  opened = [];
  await hood.close();
  hood = new Neighbourhood();
});

describe('posts being checked on a new device', { timeout: 120_000 }, () => {
  it('shows the newest posts marked while the history is checked; a refused post goes, a forged one never shows', async () => {
    const carla = await hood.found('Carla');
    for (let i = 0; i < 220; i++) {
      const posted = await carla.session.write('post', postFields({ title: `Vraag ${i}` }));
      if (!posted.ok) throw new Error(posted.problem);
    }
    const newestOfCarla = [...(carla.session.memberState?.posts.values() ?? [])].find((p) => p.title === 'Vraag 219');
    const record = carla.session.record;
    const secret = record.roomSecret ?? '';
    const room = { name: memberRoomName(idFromText(secret), record.epoch), password: secret };

    // A hostile member-room peer: it holds the history, and adds two posts of its own.
    const hostile = new Y.Doc();
    hood.network.join(hostile, room).leave();
    carla.session.close();
    const net = idFromText(record.id);
    const stranger = newIdentity();
    const refused = signEntry(stranger, {
      net,
      type: 'post',
      seq: 1,
      prev: null,
      time: Date.now(),
      body: postFields({ title: 'Gratis fietsen, klik hier' }),
    });
    // Carla's key and Carla's kind of post, signed by the stranger: a forgery.
    const forged = signRawPayload(
      stranger,
      net,
      payloadOf({ ...refused.entry, author: carla.device.identity.signing.publicKey, seq: 400, prev: refused.id }),
    );
    const refusedId = toBase64Url(refused.id);
    hostile.getMap<Uint8Array>(entriesMapName).set(refusedId, refused.bytes);
    hostile.getMap<Uint8Array>(entriesMapName).set(forged.id, forged.bytes);

    // Carla's new device: her identity and the network record, nothing else.
    const newDevice = hood.device('Carla-nieuw');
    const session = await NetworkSession.open(
      {
        device: newDevice.device,
        identity: carla.device.identity,
        rooms: roomFactory(newDevice.storage, hood.network),
        viewDatabase: newDevice.viewDatabase,
      },
      record,
    );
    opened.push(session);
    await session.memberReady;
    const shown: string[][] = [];
    // Resolves once posts were shown as being checked and then no longer.
    const shownThenChecked = new Promise<void>((resolve) =>
      session.onCheckingPosts((rows) => {
        shown.push(rows.map((row) => row.id));
        if (rows.length === 0 && shown.some((ids) => ids.length > 0)) resolve();
      }),
    );

    // The history arrives from the hostile peer, all at once.
    hood.network.join(hostile, room);
    await shownThenChecked;
    await until(session, () => session.memberState?.posts.has(newestOfCarla?.id ?? '') === true);

    const early = shown.find((ids) => ids.length > 0) ?? [];
    expect(early).toContain(newestOfCarla?.id);
    expect(early).toContain(refusedId);
    expect(early.length).toBeGreaterThanOrEqual(20);
    expect(shown.flat()).not.toContain(forged.id);
    // Being checked never made it into the state or the view; the refused post is simply gone.
    expect(session.memberState?.posts.has(refusedId)).toBe(false);
    expect(await session.db.posts.get(refusedId)).toBeUndefined();
    expect(await session.db.posts.get(newestOfCarla?.id ?? '')).toBeDefined();
    expect(session.memberState?.rejected.get(refusedId)?.reason).toBe('not-member');
  });
});
