// The floors of the browser figures, measured in the same Chromium as the figures:
// - verify: every entry's bytes hashed (SHA-256) and every chain head's signature verified
//   with WebCrypto's Ed25519 (§3.5), in one Web Worker per core, nothing else done (not
//   even decoding: the browser floor is lower than Node's);
// - dataChannel: the doc's bytes moved over one loopback WebRTC data channel, in the
//   64 KiB frames the app uses, nothing else done;
// - firstPaint: an almost empty page's first contentful paint, from navigation start;
// - keystroke: one keystroke in a search field with no listener: the event, style, layout.
import type { BrowserContext, Page } from '@playwright/test';
import type { FloorServer } from './floorServer.ts';

/** A page on the floor server, in a context that may use WebRTC on loopback. */
export async function floorPage(context: BrowserContext, server: FloorServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  return page;
}

/** ms to verify and hash the packed work at `/work.bin` (bench/signatureWork.ts) on every core. */
export function verifyFloorMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const workerSource = `
      const keys = new Map();
      const keyOf = (author) => {
        const name = String.fromCharCode(...author);
        let key = keys.get(name);
        if (!key) { key = crypto.subtle.importKey('raw', author, { name: 'Ed25519' }, false, ['verify']); keys.set(name, key); }
        return key;
      };
      onmessage = async ({ data }) => {
        if (data === 'ping') return postMessage('ready');
        const bytes = new Uint8Array(data);
        const view = new DataView(data);
        const jobs = [];
        let at = 0;
        while (at < bytes.length) {
          const head = bytes[at] === 1;
          at += 1;
          if (head) {
            const author = bytes.subarray(at, at + 32);
            const signature = bytes.subarray(at + 32, at + 96);
            at += 96;
            const messageLength = view.getUint32(at);
            const message = bytes.subarray(at + 4, at + 4 + messageLength);
            at += 4 + messageLength;
            jobs.push(keyOf(author).then((key) => crypto.subtle.verify('Ed25519', key, signature, message)));
          }
          const wireLength = view.getUint32(at);
          const wire = bytes.subarray(at + 4, at + 4 + wireLength);
          at += 4 + wireLength;
          jobs.push(crypto.subtle.digest('SHA-256', wire));
        }
        const results = await Promise.all(jobs);
        postMessage(results.filter((r) => r === false).length);
      };`;
    const packed = new Uint8Array(await (await fetch('/work.bin')).arrayBuffer());
    const view = new DataView(packed.buffer);
    // Split the entries into one share per core, at entry boundaries.
    const count = view.getUint32(0);
    const cores = navigator.hardwareConcurrency || 2;
    const bounds: number[] = [4];
    let at = 4;
    for (let i = 0; i < count; i++) {
      const head = packed[at] === 1;
      at += 1;
      if (head) {
        at += 96;
        at += 4 + view.getUint32(at);
      }
      at += 4 + view.getUint32(at);
      if ((i + 1) % Math.ceil(count / cores) === 0 && i + 1 < count) bounds.push(at);
    }
    bounds.push(at);
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    const workers = bounds.slice(1).map(() => new Worker(url));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve) => {
            worker.onmessage = resolve;
            worker.postMessage('ping');
          }),
      ),
    );
    const shares = workers.map((_, i) => packed.slice(bounds[i], bounds[i + 1]).buffer);
    const started = performance.now();
    const failures = await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<number>((resolve) => {
            worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
            worker.postMessage(shares[i], [shares[i] as ArrayBuffer]);
          }),
      ),
    );
    const elapsed = performance.now() - started;
    for (const worker of workers) worker.terminate();
    URL.revokeObjectURL(url);
    if (failures.some((n) => n > 0)) throw new Error('the floor found a signature that does not verify');
    return elapsed;
  });
}

/** ms from an open data channel to the last of `bytes` received, over loopback. */
export function dataChannelFloorMs(page: Page, bytes: number): Promise<number> {
  return page.evaluate(async (total) => {
    const a = new RTCPeerConnection({ iceServers: [] });
    const b = new RTCPeerConnection({ iceServers: [] });
    a.onicecandidate = (event) => event.candidate && void b.addIceCandidate(event.candidate);
    b.onicecandidate = (event) => event.candidate && void a.addIceCandidate(event.candidate);
    const sending = a.createDataChannel('floor', { ordered: true });
    sending.binaryType = 'arraybuffer';
    const receiving = new Promise<RTCDataChannel>((resolve) => {
      b.ondatachannel = (event) => resolve(event.channel);
    });
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription as RTCSessionDescription);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription as RTCSessionDescription);
    await new Promise((resolve) => {
      sending.onopen = resolve;
    });
    const channel = await receiving;
    const frame = new Uint8Array(64 * 1024);
    const started = performance.now();
    const received = new Promise<void>((resolve) => {
      let got = 0;
      channel.onmessage = (event: MessageEvent<ArrayBuffer>) => {
        got += event.data.byteLength;
        if (got >= total) resolve();
      };
    });
    sending.bufferedAmountLowThreshold = 1024 * 1024;
    let sent = 0;
    while (sent < total) {
      if (sending.bufferedAmount > 4 * 1024 * 1024) {
        await new Promise((resolve) => {
          sending.onbufferedamountlow = resolve;
        });
      }
      const size = Math.min(frame.length, total - sent);
      sending.send(size === frame.length ? frame : frame.subarray(0, size));
      sent += size;
    }
    await received;
    const elapsed = performance.now() - started;
    a.close();
    b.close();
    return elapsed;
  }, bytes);
}

/** ms from navigation start to the first contentful paint of the floor server's page. */
export async function firstPaintFloorMs(page: Page, server: FloorServer): Promise<number> {
  await page.goto(`${server.url}/?${Date.now()}`);
  const painted = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
    null,
    { polling: 'raf' },
  );
  return (await painted.jsonValue()) as number;
}

/** p95 ms of one keystroke into a search field no code listens to, style and layout included. */
export function keystrokeFloorMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#q');
    if (!input) throw new Error('no input on the floor page');
    const samples: number[] = [];
    for (const query of ['boodschappen', 'huisarts', 'fiets repareren', 'lamp', 'koffie', 'formulieren']) {
      for (let i = 1; i <= query.length; i++) {
        const started = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight;
        samples.push(performance.now() - started);
      }
    }
    samples.sort((x, y) => x - y);
    return samples[Math.ceil(0.95 * samples.length) - 1] ?? 0;
  });
}
