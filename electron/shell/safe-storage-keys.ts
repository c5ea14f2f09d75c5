// API keys in the desktop app: encrypted with Electron's safeStorage (the OS keychain's key) and
// kept in a file in the app-data folder, never in a workspace, and never sent to the renderer (the
// core only reports whether a key is set). Environment variables still work and take second place,
// as in the CLI.
import type { SafeStorage } from 'electron';
import type { KeyStore } from '../providers/types';
import { readJson, writeJson } from './json-file';

/**
 * safeStorage's asynchronous API (non-blocking, survives key rotation; Electron recommends it over
 * the synchronous one, which later versions remove). Electron 41's typings do not have it yet, so it
 * is used when the running Electron offers it, and the synchronous API otherwise.
 */
interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/** safeStorage as this store uses it, whichever API the running Electron has. */
interface Cipher {
  available(): Promise<boolean>;
  encrypt(text: string): Promise<Buffer>;
  /** `stale`: sealed with a key since rotated, to be sealed again. */
  decrypt(sealed: Buffer): Promise<{ text: string; stale: boolean }>;
}

type Storage = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

function hasAsyncApi(storage: Storage): storage is Storage & AsyncSafeStorage {
  const candidate = storage as Partial<AsyncSafeStorage>;
  return (
    typeof candidate.isAsyncEncryptionAvailable === 'function' &&
    typeof candidate.encryptStringAsync === 'function' &&
    typeof candidate.decryptStringAsync === 'function'
  );
}

export function cipherFor(storage: Storage): Cipher {
  if (hasAsyncApi(storage)) {
    return {
      available: () => storage.isAsyncEncryptionAvailable(),
      encrypt: (text) => storage.encryptStringAsync(text),
      decrypt: async (sealed) => {
        const { result, shouldReEncrypt } = await storage.decryptStringAsync(sealed);
        return { text: result, stale: shouldReEncrypt };
      },
    };
  }
  return {
    available: async () => storage.isEncryptionAvailable(),
    encrypt: async (text) => storage.encryptString(text),
    decrypt: async (sealed) => ({ text: storage.decryptString(sealed), stale: false }),
  };
}

/** Linux without a keyring falls back to a hard-coded password (basic_text): Settings says so. */
export function backendLabel(platform: NodeJS.Platform, storage: Storage): { label: string; secure: boolean } {
  if (platform === 'darwin') return { label: 'macOS Keychain', secure: true };
  if (platform === 'win32') return { label: 'Windows DPAPI', secure: true };
  const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
  if (backend === 'basic_text' || backend === 'unknown') {
    return { label: `no keyring found on this system (${backend})`, secure: false };
  }
  return {
    label: backend === 'gnome_libsecret' ? 'Secret Service (libsecret)' : `KDE Wallet (${backend})`,
    secure: true,
  };
}

export async function createSafeStorageKeyStore(
  file: string,
  fallback: KeyStore,
  storage: Storage,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyStore> {
  const cipher = cipherFor(storage);
  const read = (): Record<string, string> => {
    const value = readJson(file);
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  };
  const write = (entries: Record<string, string>) => writeJson(file, entries, 0o600);
  // describe() is synchronous (the contract reports it with every provider list): it reads the
  // availability found when the store opened and refreshed by every get and set since.
  let available = await cipher.available();

  return {
    async get(providerId) {
      const sealed = read()[providerId];
      available = await cipher.available();
      if (!sealed || !available) return fallback.get(providerId);
      const { text, stale } = await cipher.decrypt(Buffer.from(sealed, 'base64'));
      if (stale) write({ ...read(), [providerId]: (await cipher.encrypt(text)).toString('base64') });
      return text;
    },
    async set(providerId, key) {
      available = await cipher.available();
      if (!available) {
        throw new Error('This system offers no encryption for stored keys: set the key as an environment variable.');
      }
      write({ ...read(), [providerId]: (await cipher.encrypt(key)).toString('base64') });
    },
    async delete(providerId) {
      const entries = read();
      delete entries[providerId];
      write(entries);
    },
    describe() {
      const { label, secure } = backendLabel(platform, storage);
      return { writable: available, secure: available && secure, backend: label };
    },
  };
}
