// Hands the store to components; `useGavel(selector)` reads it (wrap object/array selectors in useShallow).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { GavelStore } from './create-store';
import type { GavelState } from './types';

const StoreContext = createContext<GavelStore | null>(null);

export function StoreProvider({ store, children }: { store: GavelStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for event handlers that read the latest state when they run. */
export function useGavelStore(): GavelStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useGavel needs a StoreProvider above it');
  return store;
}

export function useGavel<T>(selector: (state: GavelState) => T): T {
  return useStore(useGavelStore(), selector);
}
