// Whatever proxy the machine running the tests is behind, a test sees only the proxy variables it sets.
import { vi } from 'vitest';

const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY'];

/** Unsets every proxy variable, in both spellings, until vi.unstubAllEnvs(). */
export function clearProxyEnv(): void {
  for (const name of PROXY_VARIABLES) {
    vi.stubEnv(name, undefined);
    vi.stubEnv(name.toLowerCase(), undefined);
  }
}
