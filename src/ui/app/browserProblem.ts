// What Buurtruil needs from the browser, checked before a page does anything else, so a
// browser that cannot run it gets a plain message instead of a page that silently breaks.
// Framework-free: the unit tests give it a pretend browser.

/** The first thing that stops this browser, most likely cause first. */
export type BrowserProblem = 'insecure' | 'no-crypto' | 'no-storage' | 'storage-refused' | 'no-webrtc';

/** The parts of `globalThis` the check reads. */
export interface BrowserScope {
  isSecureContext?: boolean | undefined;
  crypto?: { subtle?: unknown } | undefined;
  indexedDB?: Pick<IDBFactory, 'open' | 'deleteDatabase'> | undefined;
  RTCPeerConnection?: unknown;
}

const probeName = 'buurtruil-storage-check';
/** A healthy browser opens a database in milliseconds; a refusal may never answer at all. */
export const storageProbeTimeoutMs = 10_000;

export async function browserProblem(
  scope: BrowserScope = globalThis,
  timeoutMs = storageProbeTimeoutMs,
): Promise<BrowserProblem | null> {
  // Over plain http (not localhost) the browser withholds crypto.subtle, Web Locks and
  // the service worker: say that, not the symptoms.
  if (scope.isSecureContext === false) return 'insecure';
  if (!scope.crypto?.subtle) return 'no-crypto';
  if (!scope.indexedDB) return 'no-storage';
  if (typeof scope.RTCPeerConnection !== 'function') return 'no-webrtc';
  if (!(await storageAccepted(scope.indexedDB, timeoutMs))) return 'storage-refused';
  return null;
}

/**
 * Opens (and removes) a small database: some private windows have `indexedDB` but refuse
 * to open anything, with an error or with no answer at all.
 */
export function storageAccepted(
  indexedDB: Pick<IDBFactory, 'open' | 'deleteDatabase'>,
  timeoutMs = storageProbeTimeoutMs,
): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const answer = (accepted: boolean): void => {
      clearTimeout(timer);
      resolve(accepted);
    };
    try {
      const request = indexedDB.open(probeName);
      request.onsuccess = () => {
        request.result.close();
        try {
          indexedDB.deleteDatabase(probeName);
        } catch (error) {
          // Leaving an empty probe database behind is harmless.
          console.warn('removing the storage probe failed:', error);
        }
        answer(true);
      };
      request.onerror = () => answer(false);
    } catch (error) {
      // Storage refused outright (a private window, a policy): that is this probe's answer.
      console.warn('storage refused:', error);
      answer(false);
    }
  });
}
