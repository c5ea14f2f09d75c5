// Keys stay home: a key is sent only to the endpoint it was bound to. A binding is kept as two
// hashes (of the key, and of the endpoint with the key), so the workspace holds no key and no
// reversible trace of one.
import { createHash } from 'node:crypto';

export interface KeyBinding {
  /** Hash of the key alone: is this key bound anywhere yet? */
  key: string;
  /** Hash of the endpoint and the key: is it bound here? */
  endpoint: string;
}

export interface KeyBindings {
  list(): KeyBinding[];
  add(binding: KeyBinding): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function bindingOf(secret: string, endpoint: string): KeyBinding {
  const key = sha256(`gavel-key\n${secret}`);
  return { key, endpoint: sha256(`${endpoint}\n${key}`) };
}

export const isBound = (bindings: KeyBindings, binding: KeyBinding): boolean =>
  bindings.list().some((entry) => entry.endpoint === binding.endpoint);

export const isBoundAnywhere = (bindings: KeyBindings, binding: KeyBinding): boolean =>
  bindings.list().some((entry) => entry.key === binding.key);

/** Binds `binding` unless it already is. */
export async function bind(bindings: KeyBindings, binding: KeyBinding): Promise<void> {
  if (!isBound(bindings, binding)) await bindings.add(binding);
}

/** Bindings held in memory (tests, and callers without a workspace). */
export function memoryBindings(initial: KeyBinding[] = []): KeyBindings {
  const entries = [...initial];
  return {
    list: () => entries,
    add: async (binding) => void entries.push(binding),
  };
}
