// JSON with object keys sorted, so equal values always serialize alike (hashes, diffs).
import { configure } from 'safe-stable-stringify';

const stringify = configure({ deterministic: true });

export function stableJson(value: unknown, indent?: number): string {
  return stringify(value, null, indent) ?? 'null';
}
