// The pool of verifying workers, with workers that do not answer: a job is done on the page
// after a while (a worker can stop without an error event), never waited for for good.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signatureCheckOf } from '../../../../src/core/entry/EntryVerifier.ts';
import { workerJobGivenUpMs, workerVerifier } from '../../../../src/data/session/WorkerVerifier.ts';
import { TestNetwork } from '../../core/TestNetwork.ts';

/** A worker that takes every job and never answers, nor fails. */
class SilentWorker {
  static jobs = 0;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(): void {
    SilentWorker.jobs++;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  SilentWorker.jobs = 0;
});

describe('workerVerifier', () => {
  it('does on the page a job a worker has not answered in time: the same verdicts, nothing waits for good', async () => {
    const network = new TestNetwork({ joinWork: 0 });
    for (let i = 0; i < 6; i++) network.member(`Buur ${i}`);
    const checks = network.entries.map((signed) => signatureCheckOf(signed.entry, signed.bytes));
    vi.stubGlobal('Worker', SilentWorker);
    vi.useFakeTimers();
    const verifier = workerVerifier(2);
    let answered: boolean[] | null = null;
    const pending = verifier.signatures(checks).then((verdicts) => {
      answered = verdicts;
    });
    await vi.advanceTimersByTimeAsync(workerJobGivenUpMs - 1000);
    expect(SilentWorker.jobs).toBe(2);
    expect(answered).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await pending;
    expect(answered).toEqual(checks.map(() => true));
  });
});
