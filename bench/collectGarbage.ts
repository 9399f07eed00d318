// A full collection now, before a timed piece of work, so that it does not pay for the
// garbage the piece before it left (Node exposes gc() only behind a flag, which can be set
// at run time). Figure (1) and its floor are taken one after the other, many times: without
// this, each floor run collected the ledger the audit before it had dropped (a few hundred
// MB), and the floor moved with how much garbage the audit made, not with its own work.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
