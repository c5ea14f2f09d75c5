// What a judge audit judges again: a judge version that has a definition to send (not a heuristic
// scorer, which is deterministic), its done verdicts on a dataset, a seeded sample of them, and for
// each item exactly what the judge saw then (the dataset's answer, a generated one, or a pair).
import type Database from 'better-sqlite3';
import type { JudgeSpec } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { auditedVerdicts, type AuditedVerdictRow } from '../db/queries/audits';
import { datasetNameById } from '../db/queries/datasets';
import { versionWithVerdicts } from '../db/queries/judge-pairs';
import { judgeVersion } from '../db/queries/judges';
import type { JudgeInput } from '../judging/evaluate';
import { createInputSource } from '../runner/judge-inputs';
import { runSettings } from '../runner/run-store';
import { seededSample } from '../runner/selection';

export interface AuditQuery {
  judge: string;
  version?: number;
  datasetId: number;
}

export interface AuditSubject {
  judge: string;
  version: number;
  versionId: number;
  dataset: string;
  spec: JudgeSpec;
  /** The version's newest done verdict on each item of the dataset. */
  judged: AuditedVerdictRow[];
  /** What the judge saw for the item when it gave that verdict. */
  inputOf(row: AuditedVerdictRow): Promise<JudgeInput>;
}

export function auditSubject(db: Database.Database, query: AuditQuery): AuditSubject {
  const dataset = datasetNameById(db, query.datasetId);
  if (dataset === undefined) throw new GavelError('NOT_FOUND', `No dataset with id ${query.datasetId}.`);
  const row = versionWithVerdicts(db, query);
  const named = `judge "${query.judge}"${query.version ? ` version ${query.version}` : ''}`;
  if (!row) throw new GavelError('NOT_FOUND', `No done verdicts of ${named}.`);
  const spec = judgeVersion(db, row.id)?.spec ?? null;
  if (spec === null) {
    throw new GavelError(
      'INVALID_INPUT',
      `${query.judge} v${row.version} was imported: Gavel has no definition of it to send again, so it cannot be audited.`,
    );
  }
  if (spec.kind === 'heuristic') {
    throw new GavelError(
      'INVALID_INPUT',
      `${query.judge} is a heuristic scorer: it is deterministic (the same item always gets the same score), so there is nothing to audit.`,
    );
  }
  const judged = auditedVerdicts(db, row.id, query.datasetId);
  if (judged.length === 0) {
    throw new GavelError(
      'INVALID_INPUT',
      `${query.judge} v${row.version} has no done verdicts on dataset "${dataset}".`,
    );
  }
  // One input source per run: a verdict's run knows whether the judge saw a generated answer or a pair.
  const sources = new Map<number, ReturnType<typeof createInputSource>>();
  const sourceOf = (runId: number) => {
    let source = sources.get(runId);
    if (!source) {
      source = createInputSource({
        db,
        runId,
        settings: runSettings(db, runId),
        signal: new AbortController().signal,
        // Done verdicts had their answers generated already: reading them calls no model.
        callers: new Map(),
        save: () => Promise.resolve(),
        spend: () => undefined,
      });
      sources.set(runId, source);
    }
    return source;
  };
  return {
    judge: query.judge,
    version: row.version,
    versionId: row.id,
    dataset,
    spec,
    judged,
    inputOf: (verdict) => sourceOf(verdict.runId).inputFor(verdict.itemId),
  };
}

/** A seeded sample of the judged items (the same seed draws the same items), refused when too large. */
export function auditSample(subject: AuditSubject, size: number, seed: number): AuditedVerdictRow[] {
  if (size > subject.judged.length) {
    throw new GavelError(
      'INVALID_INPUT',
      `A sample of ${size} items is more than the ${subject.judged.length} items ${subject.judge} v${subject.version} ` +
        `judged on dataset "${subject.dataset}".`,
    );
  }
  const byItem = new Map(subject.judged.map((row) => [row.itemId, row]));
  return seededSample([...byItem.keys()], size, seed).map((itemId) => byItem.get(itemId)!);
}
