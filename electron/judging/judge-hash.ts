// A judge version's identity: the same spec, whatever the order of its keys, always hashes the same.
import { createHash } from 'node:crypto';
import type { JudgeSpec } from '../../shared/judging';
import { stableJson } from './stable-json';

export function judgeSpecHash(spec: JudgeSpec): string {
  return createHash('sha256').update(stableJson(spec)).digest('hex');
}
