import { useSyncExternalStore } from 'react';

/** A tiny per-domain store: immutable state, set by the store's own actions, read with a hook. */
export function createStore<S>(initial: S) {
  let state = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get: () => state,
    set(update: Partial<S> | ((s: S) => Partial<S>)) {
      state = { ...state, ...(typeof update === 'function' ? update(state) : update) };
      for (const listener of listeners) listener();
    },
    use<T>(select: (s: S) => T): T {
      return useSyncExternalStore(subscribe, () => select(state));
    },
  };
}
