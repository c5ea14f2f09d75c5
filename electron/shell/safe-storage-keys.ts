// API keys in the desktop app: encrypted with Electron's safeStorage (the OS keychain's key) and
// kept in a file in the app-data folder, never in a workspace. Environment variables still work and
// take second place, as in the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { KeyStore } from '../providers/types';

/** Linux without a keyring falls back to a hard-coded password: Settings must say so plainly. */
const INSECURE_BACKENDS = new Set(['basic_text', 'unknown']);

export function createSafeStorageKeyStore(file: string, fallback: KeyStore): KeyStore {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (entries: Record<string, string>) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(entries), { mode: 0o600 });
  };
  const backend = () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os');

  return {
    async get(providerId) {
      const sealed = read()[providerId];
      if (sealed && safeStorage.isEncryptionAvailable()) {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      }
      return fallback.get(providerId);
    },
    async set(providerId, key) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('This system offers no encryption for stored keys: set the key as an environment variable.');
      }
      write({ ...read(), [providerId]: safeStorage.encryptString(key).toString('base64') });
    },
    async delete(providerId) {
      const entries = read();
      delete entries[providerId];
      write(entries);
    },
    describe() {
      const available = safeStorage.isEncryptionAvailable();
      const name = backend();
      return { writable: available, secure: available && !INSECURE_BACKENDS.has(name), backend: `keychain (${name})` };
    },
  };
}
