// Fan-out of main-process events to every subscriber (Electron windows, browser-mode SSE streams).
import type { GavelEvent } from '../../shared/contract';

export interface EventHub {
  emit(event: GavelEvent): void;
  subscribe(listener: (event: GavelEvent) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(event: GavelEvent) => void>();
  return {
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
