// The coordinator's commands with in-memory rooms: moderation seen on every device, a
// suspension that cuts the member's device off from what follows, reinstatement that
// brings it back, a second coordinator who admits while the founder is away, a new invite,
// new settings, and the pot.
import { afterEach, describe, expect, it } from 'vitest';
import { openWarning } from '../../../../src/core/sealing.ts';
import { waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { isCoordinator } from '../../../../src/data/session/index.ts';
import { detailsOf, Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

function ok<T extends { ok: boolean }>(result: T): T & { ok: true } {
  if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
}

async function neighbourhood(names: string[]) {
  const carla = await hood.found('Carla');
  const members: NetworkSession[] = [];
  for (const name of names) members.push(await hood.admitted(carla.session, carla.invite, name));
  for (const member of members) {
    await until(carla.session, () => carla.session.memberState?.members.get(member.me)?.profile != null);
  }
  return { carla, members };
}

describe('coordinator commands', () => {
  it('hide, warn, reverse and grant from the pot: seen on every device, each in the audit log', async () => {
    const { carla, members } = await neighbourhood(['Anna', 'Bram']);
    const [anna, bram] = members as [NetworkSession, NetworkSession];
    const coordinator = carla.session;

    const post = ok(await anna.write('post', postFields({ title: 'Koop mijn fiets' })));
    await until(coordinator, () => coordinator.memberState?.posts.has(post.id) === true);
    ok(await coordinator.coordinator.hidePost(post.id, 'Verkopen hoort niet op het prikbord.'));
    await until(anna, () => anna.memberState?.hiddenPosts.get(post.id) === 'Verkopen hoort niet op het prikbord.');
    expect((await anna.db.posts.get(post.id))?.hiddenReason).toBe('Verkopen hoort niet op het prikbord.');

    ok(await coordinator.coordinator.warn(bram.me, 'Wil je vriendelijk blijven in je berichten?'));
    await until(bram, () => (bram.memberState?.warnings.size ?? 0) === 1);
    const [warning] = [...(bram.memberState?.warnings.values() ?? [])];
    if (!warning) throw new Error('no warning');
    const net = bram.net;
    expect(openWarning(warning.note, bram.identity, net, bram.identity.signing.publicKey)).toBe(
      'Wil je vriendelijk blijven in je berichten?',
    );
    // Anna cannot read a warning meant for Bram; the coordinator can.
    expect(openWarning(warning.note, anna.identity, net, bram.identity.signing.publicKey)).toBeNull();
    expect(openWarning(warning.note, coordinator.identity, net, bram.identity.signing.publicKey)).not.toBeNull();

    const transfer = ok(
      await bram.write('transfer', {
        to: anna.identity.signing.publicKey,
        minutes: 60,
        what: 'Per ongeluk',
        post: null,
        proposal: null,
      }),
    );
    await until(coordinator, () => coordinator.memberState?.transfers.has(transfer.id) === true);
    ok(await coordinator.coordinator.reverseTransfer(transfer.id, 'Dubbel ingevoerd'));
    ok(await coordinator.coordinator.potGrant(bram.me, 120, 'Voor de verhuizing'));
    for (const device of [anna, bram, coordinator]) {
      await until(device, () => device.memberState?.reversals.has(transfer.id) === true);
      await until(device, () => device.memberState?.members.get(bram.me)?.balance === 120);
      expect(device.memberState?.members.get(anna.me)?.balance).toBe(0);
    }
    const acts = coordinator.memberState?.acts.map((act) => [act.type, act.reason]) ?? [];
    expect(acts).toEqual(
      expect.arrayContaining([
        ['hide-post', 'Verkopen hoort niet op het prikbord.'],
        ['warn', ''],
        ['reverse-transfer', 'Dubbel ingevoerd'],
        ['pot-grant', 'Voor de verhuizing'],
      ]),
    );
  });

  it('a suspended device receives nothing new after the rekey; reinstated, it comes back', async () => {
    const { carla, members } = await neighbourhood(['Anna', 'Bram', 'Cor']);
    const [anna, bram, cor] = members as [NetworkSession, NetworkSession, NetworkSession];
    const coordinator = carla.session;

    ok(await coordinator.coordinator.suspend(cor.me, 'Herhaaldelijk onvriendelijk'));
    for (const device of [coordinator, anna, bram]) await until(device, () => device.record.epoch === 1);
    await until(cor, () => cor.memberState?.members.get(cor.me)?.status === 'suspended');
    expect(cor.phase).toBe('suspended');
    expect(cor.record.epoch).toBe(0);
    expect(coordinator.record.roomSecret).not.toBe(cor.record.roomSecret);

    // Written after the rekey: Anna and Bram get it, Cor's device never does.
    const after = ok(await bram.write('post', postFields({ title: 'Na de nieuwe sleutel' })));
    await until(anna, () => anna.memberState?.posts.has(after.id) === true);
    await until(coordinator, () => coordinator.memberState?.posts.has(after.id) === true);
    expect(cor.memberState?.posts.has(after.id)).toBe(false);
    // Cor's own device says so rather than write what would not count.
    expect(await cor.write('post', postFields({ title: 'Van Cor, geschorst' }))).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'suspended',
    });

    ok(await coordinator.coordinator.reinstate(cor.me));
    await until(cor, () => cor.record.epoch === 2 && cor.memberState?.posts.has(after.id) === true);
    await until(cor, () => cor.memberState?.members.get(cor.me)?.status === 'admitted');
    expect(cor.phase).toBe('member');
    const back = ok(await cor.write('post', postFields({ title: 'Ik ben terug' })));
    await until(anna, () => anna.memberState?.posts.has(back.id) === true);
    expect(coordinator.memberState?.acts.map((act) => act.type)).toEqual(
      expect.arrayContaining(['suspend', 'rekey', 'reinstate']),
    );
  });

  it('a device that was away during a rekey finds the new room through the notices', async () => {
    const { carla, members } = await neighbourhood(['Anna', 'Bram']);
    const [anna, bram] = members as [NetworkSession, NetworkSession];
    bram.close();
    ok(await carla.session.coordinator.suspend(anna.me, 'Even pauze'));
    await until(carla.session, () => carla.session.record.epoch === 1);
    const news = ok(await carla.session.write('post', postFields({ title: 'Nieuws' })));

    // Bram's device comes back: its record still names epoch 0, where nobody is any more.
    const reopened = await hood.reopen(bram);
    expect(reopened.record.epoch).toBe(0);
    await until(reopened, () => reopened.record.epoch === 1 && reopened.memberState?.posts.has(news.id) === true);
  });

  it('a second coordinator gets the invite and admits a newcomer while the founder is away', async () => {
    const { carla, members } = await neighbourhood(['Anna']);
    const [anna] = members as [NetworkSession];
    ok(await carla.session.coordinator.grantRole(anna.me));
    await until(anna, () => isCoordinator(anna) && anna.lobbyView !== null);
    expect(anna.record.lobbySecret).toBe(carla.session.record.lobbySecret);
    carla.session.close();

    const nina = hood.device('Nina');
    const newcomer = await nina.open(await takeInvite(nina.device, carla.invite));
    await until(newcomer, () => lobbyNetwork(newcomer) !== null);
    // The lobby knows Anna as a coordinator: the request is sealed to her too.
    await until(newcomer, () => (newcomer.lobbyView?.coordinatorBoxKeys.length ?? 0) === 2);
    ok(await newcomer.admission.requestToJoin(detailsOf('Nina')));
    await until(anna, () => waitingRequests(anna).some((request) => request.details?.name === 'Nina'));
    const request = waitingRequests(anna).find((r) => r.details?.name === 'Nina');
    ok(await anna.admission.admit(request?.join.id ?? ''));
    await until(newcomer, () => newcomer.memberState?.members.get(newcomer.me)?.status === 'admitted');
    expect(newcomer.phase).toBe('member');
  });

  it('the last coordinator cannot step down; with two, one can', async () => {
    const { carla, members } = await neighbourhood(['Anna']);
    const [anna] = members as [NetworkSession];
    expect(await carla.session.coordinator.stepDown()).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'last-coordinator',
    });
    ok(await carla.session.coordinator.grantRole(anna.me));
    await until(anna, () => isCoordinator(anna));
    ok(await anna.coordinator.stepDown());
    await until(carla.session, () => carla.session.memberState?.members.get(anna.me)?.roles.size === 0);
    await until(anna, () => !isCoordinator(anna) && anna.lobbyView === null);
  });

  it('a new invite retires the old lobby: coordinators move, a request through the old invite reaches nobody', async () => {
    const { carla, members } = await neighbourhood(['Anna']);
    const [anna] = members as [NetworkSession];
    ok(await carla.session.coordinator.grantRole(anna.me));
    await until(anna, () => anna.lobbyView !== null);
    const old = carla.session.record.lobbySecret;
    ok(await carla.session.coordinator.newInvite());
    await until(carla.session, () => carla.session.record.lobbySecret !== old && carla.session.lobbyView !== null);
    await until(anna, () => anna.record.lobbySecret === carla.session.record.lobbySecret && anna.lobbyView !== null);

    const late = hood.device('Late');
    const session = await late.open(await takeInvite(late.device, carla.invite));
    // Nobody listens in the old lobby: the request waits there, unsent.
    expect(await session.admission.requestToJoin(detailsOf('Late'))).toEqual({ ok: false, problem: 'lobby-not-ready' });
    const fresh = hood.device('Fresh');
    const invite = {
      ...carla.invite,
      lobbySecret: new Uint8Array(Buffer.from(carla.session.record.lobbySecret, 'base64url')),
    };
    const welcome = await fresh.open(await takeInvite(fresh.device, invite));
    await until(welcome, () => lobbyNetwork(welcome) !== null);
    ok(await welcome.admission.requestToJoin(detailsOf('Fresh')));
    await until(carla.session, () => waitingRequests(carla.session).some((r) => r.details?.name === 'Fresh'));
    expect(waitingRequests(carla.session).map((r) => r.details?.name)).toEqual(['Fresh']);
  });

  it('settings change from their place on; members see the new house rules', async () => {
    const { carla, members } = await neighbourhood(['Anna']);
    const [anna] = members as [NetworkSession];
    const before = carla.session.memberState?.network;
    if (!before) throw new Error('no settings');
    ok(
      await carla.session.coordinator.changeSettings({
        ...before,
        rules: 'Nieuwe huisregels: we zeggen het als iets te zwaar is.',
        creditLimit: 20 * 60,
        categories: [...before.categories, 'tuin'],
      }),
    );
    await until(anna, () => anna.memberState?.network?.rules.startsWith('Nieuwe huisregels') === true);
    expect(anna.memberState?.settingsChanged).toHaveLength(1);
    expect(anna.memberState?.network?.categories).toContain('tuin');
    expect(anna.memberState?.network?.creditLimit).toBe(1200);
  });
});
