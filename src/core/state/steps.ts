// Long derivations are generators that yield now and then, so a page can run them in
// slices (Ledger gives the page a turn at each yield) while Node and tests run them to
// the end in one go. Nothing outside sees a half-derived state: it is returned at the end.

/** How many entries a derivation handles between two yields (well under 1 ms of work: the page's pause decides when to give a turn). */
export const entriesPerStep = 32;

export type Steps<T> = Generator<void, T, void>;

/** Runs a derivation to its end, without yielding. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a derivation to its end, calling `pause` at each yield (a page gives the browser its turn there). */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** Steps that make their value at once (`make`): for a derivation's part that needs none. */
// biome-ignore lint/correctness/useYield: a derivation's part with nothing to yield
export function* stepsOf<T>(make: () => T): Steps<T> {
  return make();
}
