// Where a page's heap lives, for finding a leak: a heap snapshot (CDP HeapProfiler)
// counted by constructor, and two such counts compared (which kinds of object grew), and
// the live instances of a few browser classes a leak in sync code would keep.
import type { CDPSession } from '@playwright/test';

/** Objects and their own bytes, per constructor (or per kind for strings, closures, arrays). */
export type Census = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Takes a heap snapshot (after a collection) and counts its nodes by name. */
export async function heapCensus(cdp: CDPSession): Promise<Census> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const parsed = JSON.parse(chunks.join('')) as Snapshot;
  const fields = parsed.snapshot.meta.node_fields;
  const types = parsed.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const census: Census = new Map();
  for (let i = 0; i < parsed.nodes.length; i += width) {
    const type = types[parsed.nodes[i + typeAt] as number] ?? '?';
    // Objects by their constructor; the rest (strings, code, arrays of the engine) by kind.
    const name =
      type === 'object' || type === 'native'
        ? (parsed.strings[parsed.nodes[i + nameAt] as number] ?? '?')
        : `(${type})`;
    const row = census.get(name) ?? { count: 0, bytes: 0 };
    row.count++;
    row.bytes += parsed.nodes[i + sizeAt] as number;
    census.set(name, row);
  }
  return census;
}

/** The names whose own bytes grew most from `before` to `after`, largest first. */
export function censusGrowth(before: Census, after: Census, top = 20) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((name) => {
      const a = before.get(name) ?? { count: 0, bytes: 0 };
      const b = after.get(name) ?? { count: 0, bytes: 0 };
      return { name, count: b.count - a.count, bytes: b.bytes - a.bytes, countAfter: b.count };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}

/** How many instances of a global class (RTCPeerConnection, WebSocket, …) are alive in the page. */
export async function liveInstances(cdp: CDPSession, className: string): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: `${className}.prototype` });
  const prototypeObjectId = proto.result.objectId;
  if (!prototypeObjectId) return 0;
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototypeObjectId });
  return length.result.value as number;
}

/** The live peer connections' states (connection/signalling), counted: which ones stay. */
export async function peerConnectionStates(cdp: CDPSession): Promise<Record<string, number>> {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'RTCPeerConnection.prototype' });
  const prototypeObjectId = proto.result.objectId;
  if (!prototypeObjectId) return {};
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId });
  const states = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId,
    functionDeclaration: `function () {
      const out = {};
      for (const pc of this) {
        const key = pc.connectionState + '/' + pc.iceConnectionState + '/' + pc.signalingState;
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    }`,
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototypeObjectId });
  return states.result.value as Record<string, number>;
}
