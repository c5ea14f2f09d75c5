// Keys in the desktop app, with Electron's safeStorage mocked: encrypted at rest, never plain text.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryKeys, tempDir } from '../../helpers/temp-workspace';

const storage = { available: true, backend: 'gnome_libsecret' };
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => storage.available,
    getSelectedStorageBackend: () => storage.backend,
    encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
    decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'hex').toString(),
  },
}));
const { createSafeStorageKeyStore } = await import('../../../electron/shell/safe-storage-keys');

describe('safeStorage key store', () => {
  beforeEach(() => {
    storage.available = true;
    storage.backend = 'gnome_libsecret';
  });

  it('stores keys encrypted and reads them back', async () => {
    const file = path.join(tempDir(), 'keys.json');
    const keys = createSafeStorageKeyStore(file, memoryKeys());
    await keys.set('openai', 'sk-live-secret-123');
    expect(fs.readFileSync(file, 'utf8')).not.toContain('sk-live-secret-123');
    expect(await keys.get('openai')).toBe('sk-live-secret-123');
    await keys.delete('openai');
    expect(await keys.get('openai')).toBeNull();
  });

  it('falls back to the environment store for keys it does not hold', async () => {
    const keys = createSafeStorageKeyStore(path.join(tempDir(), 'keys.json'), memoryKeys({ azure: 'from-env' }));
    expect(await keys.get('azure')).toBe('from-env');
  });

  it('says plainly when Linux has no keyring (basic_text) and refuses when nothing can encrypt', async () => {
    storage.backend = 'basic_text';
    const keys = createSafeStorageKeyStore(path.join(tempDir(), 'keys.json'), memoryKeys());
    expect(keys.describe().secure).toBe(process.platform !== 'linux');
    storage.available = false;
    expect(keys.describe()).toMatchObject({ writable: false, secure: false });
    await expect(keys.set('openai', 'sk')).rejects.toThrow(/no encryption/);
  });
});
