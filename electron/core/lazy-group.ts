// A group of channel handlers built on the first call of one of its channels: a command that calls
// one channel (the CLI's `datasets`) does not load, parse and set up the code and libraries behind
// all the others.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers of any signature
type HandlerGroup = Record<string, (...args: any[]) => unknown>;

/** The group's handlers with the same inputs, each now answering through a promise. */
export type LazyGroup<T extends HandlerGroup> = {
  [K in keyof T]: (...args: Parameters<T[K]>) => Promise<Awaited<ReturnType<T[K]>>>;
};

/**
 * Stands in for the group `load` builds, with one stub per channel in `channels`, which must name
 * every handler of the group (a channel left out does not compile).
 */
export function lazyGroup<T extends HandlerGroup, const K extends keyof T>(
  channels: readonly K[] & ([Exclude<keyof T, K>] extends [never] ? unknown : { missing: Exclude<keyof T, K> }),
  load: () => Promise<T>,
): LazyGroup<T> {
  let group: Promise<T> | undefined;
  const loaded = () =>
    (group ??= load().catch((error: unknown) => {
      // A failed load (a module that threw while loading) is tried again on the next call.
      group = undefined;
      throw error;
    }));
  const stubs: Partial<Record<keyof T, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const channel of channels) {
    stubs[channel] = async (...args) => (await loaded())[channel]!(...args);
  }
  return stubs as LazyGroup<T>;
}
