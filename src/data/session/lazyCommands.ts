// A command object whose code loads at its first call (a dynamic import): for the commands
// only a coordinator's or the kiosk's pages use (member cards, the kiosk), so a member's
// board never loads them (docs/benchmarks.md, figure 7). It offers the object's methods that
// return a promise, which is all such an object has: a caller sees no difference.

/** The methods of T that return a promise. */
export type LazyCommands<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => Promise<unknown> ? K : never]: T[K];
};

export function lazyCommands<T extends object>(load: () => Promise<T>): LazyCommands<T> {
  let loaded: Promise<T> | null = null;
  const commands = (): Promise<T> => {
    loaded ??= load();
    return loaded;
  };
  const target = {} as LazyCommands<T>;
  return new Proxy(target, {
    get(_, name) {
      // Not a thenable: `await` on the object itself must not call load.
      if (name === 'then' || typeof name === 'symbol') return undefined;
      return (...args: unknown[]) =>
        commands().then((loadedCommands) => {
          const method = loadedCommands[name as keyof T];
          if (typeof method !== 'function') throw new Error(`no command ${name}`);
          return method.apply(loadedCommands, args);
        });
    },
  });
}
