// A sleep that a cancelled run does not have to wait out.
import { setTimeout as delay } from 'node:timers/promises';

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return ms <= 0 ? Promise.resolve() : delay(ms, undefined, { signal });
}
