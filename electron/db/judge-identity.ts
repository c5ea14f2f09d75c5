// Content hashes identify judge versions: the same judge definition always maps to the same version.
import { createHash } from 'node:crypto';
import type { ImportFormat } from '../../shared/domain';
import type { ImportedJudge } from '../formats/types';

export function contentHash(definition: unknown): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}

/** The version a tool's verdicts belong to: same tool, name, tag, scale, model and rubric → same version. */
export function importedVersionHash(format: ImportFormat, judge: ImportedJudge): string {
  return contentHash({
    kind: 'imported',
    source: format,
    name: judge.name,
    version: judge.version,
    outputType: judge.outputType,
    judgeKind: judge.kind,
    model: judge.model,
    instructions: judge.instructions,
  });
}
