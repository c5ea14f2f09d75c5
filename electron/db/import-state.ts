// One import's writing of its records: items, the verdicts of the file's judges in the imported
// run, human labels and candidate answers, with the caches (judge versions, runs, judges, reviewers)
// and counts that writing keeps.
import type Database from 'better-sqlite3';
import type { ImportFormat, ModelAnswer } from '../../shared/domain';
import type { ImportedJudge, ImportedLabel, ImportedVerdict, ImportRecord, ImportReader } from '../formats/types';
import { importedGreaterIsBetter } from '../judging/imported-polarity';
import {
  cached,
  insertItemIfNew,
  insertJudgmentIfNew,
  insertRun,
  judgmentIdOf,
  linkRunJudge,
  NamedIds,
  runIdBySource,
  versionIdByHash,
} from './import-rows';
import { importedVersionHash } from './judge-identity';
import { findItem } from './queries/items';
import { sql } from './statement-cache';

export interface ImportTarget {
  dataset: { id: number } | { name: string };
  fileSha256: string;
  now: string;
}

/** A human label confirms a verdict when it gives the same value on the same scale. */
function agrees(label: ImportedLabel, verdict: ImportedVerdict): boolean {
  if (label.pass !== null) return label.pass === verdict.pass;
  if (label.score !== null) return label.score === verdict.score;
  return label.label !== null && label.label === verdict.label;
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export class ImportState {
  rows = 0;
  inserted = 0;
  judgments = 0;
  labels = 0;
  answers = 0;
  runId: number | null = null;
  readonly ids: NamedIds;
  private readonly versionIds = new Map<string, number>();
  /**
   * Version id per judge object: readers hand out one object per distinct judge (JudgeRegistry),
   * so most verdicts are resolved here without hashing the judge again.
   */
  private readonly versionOfJudge = new WeakMap<ImportedJudge, number>();
  /** Imported run per answering model (column or Bedrock modelIdentifier). */
  private readonly answerRunIds = new Map<string, number>();
  private readonly format: ImportFormat;
  private readonly fileName: string;
  private readonly runSource: string;

  private readonly linkedVersions = new Set<number>();

  constructor(
    private readonly db: Database.Database,
    private readonly datasetId: number,
    private readonly importId: number,
    reader: ImportReader,
    private readonly target: ImportTarget,
  ) {
    this.ids = new NamedIds(db);
    this.format = reader.format;
    this.fileName = reader.fileName;
    this.runSource = `${reader.format}:${target.fileSha256}`;
  }

  writeRecord(record: ImportRecord): void {
    this.rows++;
    let itemId = insertItemIfNew(this.db, {
      datasetId: this.datasetId,
      key: record.key,
      fields: record.item,
      source: record.sourceJson,
      importId: this.importId,
      createdAt: this.target.now,
    });
    if (itemId !== null) {
      this.inserted++;
    } else {
      // Already imported under this key: keep it as it was, attach this file's verdicts to it.
      itemId = findItem(this.db, this.datasetId, record.key)!.id;
    }

    const judgmentByJudge = new Map<string, { id: number; verdict: ImportedVerdict }>();
    for (const verdict of record.verdicts) {
      judgmentByJudge.set(verdict.judge.name, { id: this.writeVerdict(itemId, verdict), verdict });
    }

    record.labels.forEach((label, index) => this.writeLabel(record, itemId, label, index, judgmentByJudge));
    // Most files carry no answers beyond the item's own: skip the iterator on the hot path.
    if (record.answers.length > 0) for (const answer of record.answers) this.writeAnswer(itemId, answer);
  }

  /** The judgment's id: the verdict is added to the imported run unless it is there already. */
  private writeVerdict(itemId: number, verdict: ImportedVerdict): number {
    const versionId = this.judgeVersion(verdict.judge);
    const runId = this.importedRun(versionId);
    const now = this.target.now;
    const inserted = insertJudgmentIfNew(this.db, {
      runId,
      itemId,
      versionId,
      status: verdict.status,
      score: verdict.score,
      label: verdict.label,
      pass: verdict.pass,
      justification: verdict.justification,
      rawOutput: null,
      chunks: json(verdict.chunks),
      distribution: null,
      error: verdict.error,
      attempts: 1,
      latencyMs: verdict.latencyMs,
      inputTokens: verdict.inputTokens,
      outputTokens: verdict.outputTokens,
      cost: verdict.cost,
      createdAt: now,
      updatedAt: now,
    });
    if (inserted === null) return judgmentIdOf(this.db, runId, itemId, versionId);
    this.judgments++;
    return inserted;
  }

  private writeAnswer(itemId: number, answer: ModelAnswer): void {
    // An imported answer is a finished generation: the review desk and pairwise runs read it as such.
    const { changes } = sql(
      this.db,
      `INSERT INTO generation (run_id, item_id, provider, model, status, response)
       VALUES (?, ?, 'imported', ?, 'done', ?)
       ON CONFLICT (run_id, item_id) DO NOTHING`,
    ).run(this.answerRun(answer.model), itemId, answer.model, answer.response);
    if (changes === 1) this.answers++;
  }

  private writeLabel(
    record: ImportRecord,
    itemId: number,
    label: ImportedLabel,
    index: number,
    judgmentByJudge: Map<string, { id: number; verdict: ImportedVerdict }>,
  ): void {
    const reviewed = judgmentByJudge.get(label.judge);
    const { changes } = sql(
      this.db,
      `INSERT INTO label (item_id, judge_id, reviewer_id, judgment_id, action, score, label, pass,
                          rationale, source, source_key, created_at)
       VALUES (@item_id, @judge_id, @reviewer_id, @judgment_id, @action, @score, @label, @pass,
               @rationale, @source, @source_key, @created_at)
       ON CONFLICT (source_key) DO NOTHING`,
    ).run({
      item_id: itemId,
      judge_id: this.ids.judge(label.judge, this.target.now),
      reviewer_id: this.ids.reviewer(label.reviewer, this.target.now),
      judgment_id: reviewed?.id ?? null,
      action: reviewed && agrees(label, reviewed.verdict) ? 'confirm' : 'override',
      score: label.score,
      label: label.label,
      pass: label.pass === null ? null : label.pass ? 1 : 0,
      rationale: label.rationale,
      source: this.format,
      source_key: `${this.runSource}:${record.key}:${index}`,
      created_at: label.createdAt ?? this.target.now,
    });
    if (changes === 1) this.labels++;
  }

  private judgeVersion(judge: ImportedJudge): number {
    let versionId = this.versionOfJudge.get(judge);
    if (versionId === undefined) {
      versionId = this.judgeVersionByHash(judge);
      this.versionOfJudge.set(judge, versionId);
    }
    return versionId;
  }

  private judgeVersionByHash(judge: ImportedJudge): number {
    const hash = importedVersionHash(this.format, judge);
    const judgeId = this.ids.judge(judge.name, this.target.now);
    return cached(
      this.versionIds,
      `${judge.name}\u0000${hash}`,
      () => versionIdByHash(this.db, judgeId, hash) ?? this.insertVersion(judgeId, judge, hash),
    );
  }

  private insertVersion(judgeId: number, judge: ImportedJudge, hash: string): number {
    const version = sql(this.db, 'SELECT coalesce(max(version), 0) + 1 AS v FROM judge_version WHERE judge_id = ?').get(
      judgeId,
    ) as { v: number };
    const inserted = sql(
      this.db,
      `INSERT INTO judge_version (judge_id, version, kind, version_label, instructions, output_type,
                                  greater_is_better, model, source, content_hash, created_at)
       VALUES (@judge_id, @version, 'imported', @version_label, @instructions, @output_type,
               @greater_is_better, @model, @source, @content_hash, @created_at)
       RETURNING id`,
    ).get({
      judge_id: judgeId,
      version: version.v,
      version_label: judge.version,
      instructions: judge.instructions,
      output_type: JSON.stringify(judge.outputType),
      greater_is_better: importedGreaterIsBetter(judge.name) ? 1 : 0,
      model: judge.model,
      source: this.format,
      content_hash: hash,
      created_at: this.target.now,
    }) as { id: number };
    return inserted.id;
  }

  private importedRun(versionId: number): number {
    this.runId ??= this.findOrAddRun(`Imported from ${this.format}`, this.runSource);
    if (!this.linkedVersions.has(versionId)) {
      linkRunJudge(this.db, this.runId, versionId);
      this.linkedVersions.add(versionId);
    }
    return this.runId;
  }

  /** One imported run per answering model, named after the file and the model so lists tell them apart. */
  private answerRun(model: string): number {
    return cached(this.answerRunIds, model, () =>
      this.findOrAddRun(`${this.fileName}: ${model}`, `${this.runSource}:answers:${model}`),
    );
  }

  private findOrAddRun(name: string, source: string): number {
    const now = this.target.now;
    return (
      runIdBySource(this.db, this.datasetId, source) ??
      insertRun(this.db, this.datasetId, {
        name,
        kind: 'imported',
        source,
        status: 'done',
        createdAt: now,
        startedAt: now,
        finishedAt: now,
      })
    );
  }
}
