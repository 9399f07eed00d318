// Work that can wait until the page has nothing else to do (where the browser can say
// when that is; Safari cannot, so there it waits a moment).
export function whenIdle(work: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2_000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(work, 200);
  return { cancel: () => clearTimeout(id) };
}
