// Keys in the desktop app, with Electron's safeStorage faked: encrypted at rest, the asynchronous
// API used where Electron has it, and a Linux without keyring said plainly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageKeyStore } from '../../../electron/shell/safe-storage-keys';
import { memoryKeys, tempDir } from '../../helpers/temp-workspace';

const seal = (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`);
const unseal = (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'hex').toString();

/** safeStorage as Electron 41 has it: the synchronous API only. */
function syncStorage(options: { available?: boolean; backend?: string } = {}) {
  return {
    isEncryptionAvailable: vi.fn(() => options.available ?? true),
    getSelectedStorageBackend: () => (options.backend ?? 'gnome_libsecret') as never,
    encryptString: vi.fn(seal),
    decryptString: vi.fn(unseal),
  };
}

/** safeStorage with the asynchronous API of later Electrons; `rotated` marks keys sealed before a rotation. */
function asyncStorage(rotated = false) {
  return {
    ...syncStorage(),
    isAsyncEncryptionAvailable: vi.fn(async () => true),
    encryptStringAsync: vi.fn(async (text: string) => seal(text)),
    decryptStringAsync: vi.fn(async (sealed: Buffer) => ({ result: unseal(sealed), shouldReEncrypt: rotated })),
  };
}

const keysFile = () => path.join(tempDir(), 'provider-keys.json');

describe('safeStorage key store', () => {
  it('stores keys encrypted, in a file only its user can read, and reads them back', async () => {
    const file = keysFile();
    const keys = await createSafeStorageKeyStore(file, memoryKeys(), syncStorage(), 'linux');
    await keys.set('openai', 'sk-live-secret-123');
    expect(fs.readFileSync(file, 'utf8')).not.toContain('sk-live-secret-123');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await keys.get('openai')).toBe('sk-live-secret-123');
    await keys.delete('openai');
    expect(await keys.get('openai')).toBeNull();
  });

  it('falls back to the environment store for keys it does not hold', async () => {
    const keys = await createSafeStorageKeyStore(keysFile(), memoryKeys({ azure: 'from-env' }), syncStorage());
    expect(await keys.get('azure')).toBe('from-env');
  });

  it('uses the asynchronous API when Electron has it, never the synchronous one', async () => {
    const storage = asyncStorage();
    const keys = await createSafeStorageKeyStore(keysFile(), memoryKeys(), storage, 'darwin');
    await keys.set('openai', 'sk-async');
    expect(await keys.get('openai')).toBe('sk-async');
    expect(storage.encryptStringAsync).toHaveBeenCalled();
    expect(storage.decryptStringAsync).toHaveBeenCalled();
    expect(storage.isEncryptionAvailable).not.toHaveBeenCalled();
    expect(storage.encryptString).not.toHaveBeenCalled();
    expect(keys.describe()).toEqual({ writable: true, secure: true, backend: 'macOS Keychain' });
  });

  it('seals a key again after the OS rotated its encryption key', async () => {
    const file = keysFile();
    const storage = asyncStorage(true);
    const keys = await createSafeStorageKeyStore(file, memoryKeys(), storage, 'win32');
    await keys.set('openai', 'sk-rotated');
    storage.encryptStringAsync.mockClear();
    expect(await keys.get('openai')).toBe('sk-rotated');
    expect(storage.encryptStringAsync).toHaveBeenCalledWith('sk-rotated');
  });

  it('says plainly when Linux has no keyring (basic_text), and refuses when nothing can encrypt', async () => {
    const plain = await createSafeStorageKeyStore(
      keysFile(),
      memoryKeys(),
      syncStorage({ backend: 'basic_text' }),
      'linux',
    );
    expect(plain.describe()).toEqual({
      writable: true,
      secure: false,
      backend: 'no keyring found on this system (basic_text)',
    });
    const keyring = await createSafeStorageKeyStore(
      keysFile(),
      memoryKeys(),
      syncStorage({ backend: 'kwallet6' }),
      'linux',
    );
    expect(keyring.describe()).toMatchObject({ secure: true, backend: 'KDE Wallet (kwallet6)' });

    const none = await createSafeStorageKeyStore(keysFile(), memoryKeys(), syncStorage({ available: false }), 'linux');
    expect(none.describe()).toMatchObject({ writable: false, secure: false });
    await expect(none.set('openai', 'sk')).rejects.toThrow(/no encryption/);
  });
});
