// Whose board this device opened last, kept where a page reads it at once (localStorage), so
// a reload's first board tells the member's own posts without loading the key code to derive
// the member's key from the identity (docs/benchmarks.md, figure 2). Only a hint: the start
// page uses it only when the record names the same network, and the board replaces the first one.
const hintKey = 'buurtruil:first-view';

export interface FirstViewHint {
  networkId: string;
  /** The member's key (base64url) the first board marks "yours" with. */
  memberKey: string;
}

export function rememberFirstView(hint: FirstViewHint): void {
  try {
    localStorage.setItem(hintKey, JSON.stringify(hint));
  } catch {
    // Storage refused (private mode, a full disk): the next start reads the record first, as before.
  }
}

export function recalledFirstView(): FirstViewHint | null {
  try {
    const hint = JSON.parse(localStorage.getItem(hintKey) ?? 'null') as Partial<FirstViewHint> | null;
    return typeof hint?.networkId === 'string' && typeof hint.memberKey === 'string'
      ? { networkId: hint.networkId, memberKey: hint.memberKey }
      : null;
  } catch {
    return null;
  }
}
