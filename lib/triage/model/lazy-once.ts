/**
 * A value loaded once, on the first ask: the same promise to every caller, and the value itself
 * once it is there, for code that must not wait. The side panel loads its learned layers this way,
 * through dynamic imports that keep their weights out of its first script.
 */
export interface LazyOnce<T> {
  /** Starts the load on the first call; the same promise after. */
  load(): Promise<T>;
  /** The value if a load has finished, else undefined (nothing is started). */
  ifLoaded(): T | undefined;
}

export function lazyOnce<T>(start: () => Promise<T>): LazyOnce<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () => (loading ??= start().then((value) => (loaded = value))),
    ifLoaded: () => loaded,
  };
}
