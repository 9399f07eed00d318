// The private words members sent the coordinators ("Dit wordt me te veel"), opened with
// this device's key: a coordinator reads them all, a member their own.
import { idFromText } from '../../core/encoding/base64url.ts';
import { openSignal } from '../../core/sealing.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface SignalLine {
  id: string;
  from: string;
  post: string | null;
  time: number;
  text: string;
}

// Opening costs an X25519: once per signal. The sealed box is the ledger's own object.
const opened = new WeakMap<object, string | null>();

export function signalsToRead(view: SessionView): SignalLine[] {
  const state = view.memberState;
  if (!state) return [];
  const lines: SignalLine[] = [];
  for (const signal of state.signals.values()) {
    if (!opened.has(signal.sealed)) {
      opened.set(signal.sealed, openSignal(signal.sealed, view.identity, view.net, idFromText(signal.from)));
    }
    const text = opened.get(signal.sealed);
    if (text !== null && text !== undefined) lines.push({ ...signal, text });
  }
  return lines.sort((a, b) => b.time - a.time);
}
