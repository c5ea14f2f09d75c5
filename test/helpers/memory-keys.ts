// A key store holding keys in memory, as the OS keychain would.
import type { KeyStore } from '../../electron/providers/types';

export function memoryKeys(initial: Record<string, string> = {}): KeyStore {
  const keys = new Map(Object.entries(initial));
  return {
    get: async (id) => keys.get(id) ?? null,
    set: async (id, key) => void keys.set(id, key),
    delete: async (id) => void keys.delete(id),
    describe: () => ({ writable: true, secure: true, backend: 'memory' }),
  };
}
