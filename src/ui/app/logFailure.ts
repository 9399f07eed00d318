// A failure the page can carry on without (no clipboard, no badge, a draft not kept), kept
// in the console with its cause instead of dropped, so a problem in the field can be found.
export function logFailure<T>(what: string, fallback: T): (error: unknown) => T {
  return (error) => {
    console.warn(`${what}:`, error);
    return fallback;
  };
}
