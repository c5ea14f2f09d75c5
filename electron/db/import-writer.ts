// Stores a stream of import records in one transaction: all or nothing.
// Re-importing the same file into the same dataset adds nothing: items are unique per
// (dataset, key), the imported runs are identified by the file's hash, judgments by
// (run, item, judge version), answers (generations) by (run, item) and imported labels by their
// source key.
import type Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import type { ImportWritten } from '../../shared/contract';
import type { ImportFormat, ModelAnswer } from '../../shared/domain';
import type { ImportedJudge, ImportedLabel, ImportedVerdict, ImportRecord, ImportReader } from '../formats/types';
import { importedGreaterIsBetter } from '../judging/imported-polarity';
import { importedVersionHash } from './judge-identity';
import { refreshLatestVerdictsOfRun } from './latest-verdicts';
import { inTransaction, writeInSlices, type WriteOptions } from './sliced-write';

export interface ImportTarget {
  dataset: { id: number } | { name: string };
  fileSha256: string;
  now: string;
}

export async function writeImport(
  db: Database.Database,
  reader: ImportReader,
  target: ImportTarget,
  options: WriteOptions = {},
): Promise<ImportWritten> {
  const statements = prepare(db);
  const { dataset, state } = await inTransaction(db, async () => {
    const dataset = resolveDataset(statements, target, reader.format);
    const importId = Number(
      statements.insertImport.run({
        dataset_id: dataset.id,
        file_name: reader.fileName,
        file_sha256: target.fileSha256,
        format: reader.format,
        mapping: JSON.stringify(reader.mapping),
        created_at: target.now,
      }).lastInsertRowid,
    );
    const state = new ImportState(statements, dataset.id, importId, reader, target);
    await writeInSlices(
      reader.records(),
      (record) => state.writeRecord(record),
      () => state.rows,
      options,
    );
    if (state.rows === 0) {
      throw new GavelError('IMPORT_REJECTED', `${reader.fileName}: no rows to import.`);
    }
    statements.countImport.run(state.rows, state.inserted, importId);
    if (state.runId !== null) refreshLatestVerdictsOfRun(db, state.runId);
    return { dataset, state };
  });
  const items = (statements.countItems.get(dataset.id) as { n: number }).n;
  return {
    dataset: { id: dataset.id, name: dataset.name, items },
    rows: state.rows,
    inserted: state.inserted,
    unchanged: state.rows - state.inserted,
    judges: [...state.judgeNames].sort(),
    judgments: state.judgments,
    labels: state.labels,
    answers: state.answers,
    reviewers: state.reviewers(),
    runId: state.runId,
  };
}

function prepare(db: Database.Database) {
  return {
    datasetByName: db.prepare('SELECT id, name, source_format FROM dataset WHERE name = ?'),
    datasetById: db.prepare('SELECT id, name, source_format FROM dataset WHERE id = ?'),
    insertDataset: db.prepare('INSERT INTO dataset (name, source_format, created_at) VALUES (?, ?, ?) RETURNING id'),
    setSourceFormat: db.prepare('UPDATE dataset SET source_format = ? WHERE id = ? AND source_format IS NULL'),
    // The hot statement: positional parameters and no RETURNING (both measurably slower here).
    insertItem: db.prepare(`
      INSERT INTO item (dataset_id, key, request, response, expected_response, expected_facts,
                        guidelines, retrieved_context, metadata, source, import_id, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (dataset_id, key) DO NOTHING`),
    itemByKey: db.prepare('SELECT id FROM item WHERE dataset_id = ? AND key = ?'),
    insertImport: db.prepare(`
      INSERT INTO import (dataset_id, file_name, file_sha256, format, mapping, rows, inserted, created_at)
      VALUES (@dataset_id, @file_name, @file_sha256, @format, @mapping, 0, 0, @created_at)`),
    countImport: db.prepare('UPDATE import SET rows = ?, inserted = ? WHERE id = ?'),
    judgeByName: db.prepare('SELECT id FROM judge WHERE name = ?'),
    insertJudge: db.prepare('INSERT INTO judge (name, created_at) VALUES (?, ?) RETURNING id'),
    versionByHash: db.prepare('SELECT id FROM judge_version WHERE judge_id = ? AND content_hash = ?'),
    nextVersion: db.prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM judge_version WHERE judge_id = ?'),
    insertVersion: db.prepare(`
      INSERT INTO judge_version (judge_id, version, kind, version_label, instructions, output_type,
                                 greater_is_better, model, source, content_hash, created_at)
      VALUES (@judge_id, @version, 'imported', @version_label, @instructions, @output_type,
              @greater_is_better, @model, @source, @content_hash, @created_at)
      RETURNING id`),
    runBySource: db.prepare('SELECT id FROM run WHERE dataset_id = ? AND source = ?'),
    insertRun: db.prepare(`
      INSERT INTO run (dataset_id, name, kind, source, status, created_at, started_at, finished_at)
      VALUES (?, ?, 'imported', ?, 'done', ?, ?, ?) RETURNING id`),
    linkRunJudge: db.prepare('INSERT OR IGNORE INTO run_judge (run_id, judge_version_id) VALUES (?, ?)'),
    insertJudgment: db.prepare(`
      INSERT INTO judgment (run_id, item_id, judge_version_id, status, score, label, pass, justification,
                            chunk_results, error, attempts, latency_ms, input_tokens, output_tokens, cost,
                            created_at, updated_at)
      VALUES (@run_id, @item_id, @judge_version_id, @status, @score, @label, @pass, @justification,
              @chunk_results, @error, 1, @latency_ms, @input_tokens, @output_tokens, @cost,
              @created_at, @created_at)
      ON CONFLICT (run_id, item_id, judge_version_id) DO NOTHING`),
    judgmentOf: db.prepare('SELECT id FROM judgment WHERE run_id = ? AND item_id = ? AND judge_version_id = ?'),
    // An imported answer is a finished generation: the review desk and pairwise runs read it as such.
    insertAnswer: db.prepare(`
      INSERT INTO generation (run_id, item_id, provider, model, status, response)
      VALUES (?, ?, 'imported', ?, 'done', ?)
      ON CONFLICT (run_id, item_id) DO NOTHING`),
    reviewerByName: db.prepare('SELECT id FROM reviewer WHERE name = ?'),
    insertReviewer: db.prepare('INSERT INTO reviewer (name, created_at) VALUES (?, ?) RETURNING id'),
    insertLabel: db.prepare(`
      INSERT INTO label (item_id, judge_id, reviewer_id, judgment_id, action, score, label, pass,
                         rationale, source, source_key, created_at)
      VALUES (@item_id, @judge_id, @reviewer_id, @judgment_id, @action, @score, @label, @pass,
              @rationale, @source, @source_key, @created_at)
      ON CONFLICT (source_key) DO NOTHING`),
    countItems: db.prepare('SELECT count(*) AS n FROM item WHERE dataset_id = ?'),
  };
}
type Statements = ReturnType<typeof prepare>;

function resolveDataset(
  statements: Statements,
  target: ImportTarget,
  format: ImportFormat,
): { id: number; name: string } {
  if ('id' in target.dataset) {
    const found = statements.datasetById.get(target.dataset.id) as { id: number; name: string } | undefined;
    if (!found) throw new GavelError('NOT_FOUND', `No dataset with id ${target.dataset.id}.`);
    statements.setSourceFormat.run(format, found.id);
    return found;
  }
  const name = target.dataset.name;
  const found = statements.datasetByName.get(name) as { id: number; name: string } | undefined;
  if (found) {
    statements.setSourceFormat.run(format, found.id);
    return found;
  }
  const { id } = statements.insertDataset.get(name, format, target.now) as { id: number };
  return { id, name };
}

/** The id of a row looked up by name: from this import's cache, the database, or a new insert. */
function findOrCreate(cache: Map<string, number>, key: string, find: () => unknown, create: () => unknown): number {
  let id = cache.get(key);
  if (id === undefined) {
    id = ((find() ?? create()) as { id: number }).id;
    cache.set(key, id);
  }
  return id;
}

/** A human label confirms a verdict when it gives the same value on the same scale. */
function agrees(label: ImportedLabel, verdict: ImportedVerdict): boolean {
  if (label.pass !== null) return label.pass === verdict.pass;
  if (label.score !== null) return label.score === verdict.score;
  return label.label !== null && label.label === verdict.label;
}

const bool = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);
const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/** Per-import caches (judges, reviewers, the imported runs) and counters. */
class ImportState {
  rows = 0;
  inserted = 0;
  judgments = 0;
  labels = 0;
  answers = 0;
  runId: number | null = null;
  readonly judgeNames = new Set<string>();
  private readonly versionIds = new Map<string, number>();
  /**
   * Version id per judge object: readers hand out one object per distinct judge (JudgeRegistry),
   * so most verdicts are resolved here without hashing the judge again.
   */
  private readonly versionOfJudge = new WeakMap<ImportedJudge, number>();
  private readonly judgeIds = new Map<string, number>();
  private readonly reviewerIds = new Map<string, number>();
  /** Imported run per answering model (column or Bedrock modelIdentifier). */
  private readonly answerRunIds = new Map<string, number>();
  private readonly format: ImportFormat;
  private readonly fileName: string;
  private readonly runSource: string;

  private readonly linkedVersions = new Set<number>();

  constructor(
    private readonly s: Statements,
    private readonly datasetId: number,
    private readonly importId: number,
    reader: ImportReader,
    private readonly target: ImportTarget,
  ) {
    this.format = reader.format;
    this.fileName = reader.fileName;
    this.runSource = `${reader.format}:${target.fileSha256}`;
  }

  writeRecord(record: ImportRecord): void {
    this.rows++;
    const { item } = record;
    const { changes, lastInsertRowid } = this.s.insertItem.run(
      this.datasetId,
      record.key,
      item.request,
      item.response,
      item.expected_response,
      json(item.expected_facts),
      json(item.guidelines),
      json(item.retrieved_context),
      JSON.stringify(item.metadata),
      record.sourceJson,
      this.importId,
      this.target.now,
    );
    let itemId: number;
    if (changes === 1) {
      this.inserted++;
      itemId = Number(lastInsertRowid);
    } else {
      // Already imported under this key: keep it as it was, attach this file's verdicts to it.
      itemId = (this.s.itemByKey.get(this.datasetId, record.key) as { id: number }).id;
    }

    const judgmentByJudge = new Map<string, { id: number; verdict: ImportedVerdict }>();
    for (const verdict of record.verdicts) {
      const versionId = this.judgeVersion(verdict.judge);
      const runId = this.importedRun(versionId);
      const inserted = this.s.insertJudgment.run({
        run_id: runId,
        item_id: itemId,
        judge_version_id: versionId,
        status: verdict.status,
        score: verdict.score,
        label: verdict.label,
        pass: bool(verdict.pass),
        justification: verdict.justification,
        chunk_results: json(verdict.chunks),
        error: verdict.error,
        latency_ms: verdict.latencyMs,
        input_tokens: verdict.inputTokens,
        output_tokens: verdict.outputTokens,
        cost: verdict.cost,
        created_at: this.target.now,
      });
      if (inserted.changes === 1) this.judgments++;
      const judgmentId =
        inserted.changes === 1
          ? Number(inserted.lastInsertRowid)
          : (this.s.judgmentOf.get(runId, itemId, versionId) as { id: number }).id;
      judgmentByJudge.set(verdict.judge.name, { id: judgmentId, verdict });
    }

    record.labels.forEach((label, index) => this.writeLabel(record, itemId, label, index, judgmentByJudge));
    // Most files carry no answers beyond the item's own: skip the iterator on the hot path.
    if (record.answers.length > 0) for (const answer of record.answers) this.writeAnswer(itemId, answer);
  }

  private writeAnswer(itemId: number, answer: ModelAnswer): void {
    if (this.s.insertAnswer.run(this.answerRun(answer.model), itemId, answer.model, answer.response).changes === 1) {
      this.answers++;
    }
  }

  private writeLabel(
    record: ImportRecord,
    itemId: number,
    label: ImportedLabel,
    index: number,
    judgmentByJudge: Map<string, { id: number; verdict: ImportedVerdict }>,
  ): void {
    const reviewed = judgmentByJudge.get(label.judge);
    const inserted = this.s.insertLabel.run({
      item_id: itemId,
      judge_id: this.judge(label.judge),
      reviewer_id: this.reviewer(label.reviewer),
      judgment_id: reviewed?.id ?? null,
      action: reviewed && agrees(label, reviewed.verdict) ? 'confirm' : 'override',
      score: label.score,
      label: label.label,
      pass: bool(label.pass),
      rationale: label.rationale,
      source: this.format,
      source_key: `${this.runSource}:${record.key}:${index}`,
      created_at: label.createdAt ?? this.target.now,
    });
    if (inserted.changes === 1) this.labels++;
  }

  reviewers(): string[] {
    return [...this.reviewerIds.keys()].sort();
  }

  private judge(name: string): number {
    this.judgeNames.add(name);
    return findOrCreate(
      this.judgeIds,
      name,
      () => this.s.judgeByName.get(name),
      () => this.s.insertJudge.get(name, this.target.now),
    );
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
    const judgeId = this.judge(judge.name);
    return findOrCreate(
      this.versionIds,
      `${judge.name}\u0000${hash}`,
      () => this.s.versionByHash.get(judgeId, hash),
      () =>
        this.s.insertVersion.get({
          judge_id: judgeId,
          version: (this.s.nextVersion.get(judgeId) as { v: number }).v,
          version_label: judge.version,
          instructions: judge.instructions,
          output_type: JSON.stringify(judge.outputType),
          greater_is_better: importedGreaterIsBetter(judge.name) ? 1 : 0,
          model: judge.model,
          source: this.format,
          content_hash: hash,
          created_at: this.target.now,
        }),
    );
  }

  private importedRun(versionId: number): number {
    if (this.runId === null) {
      const found = this.s.runBySource.get(this.datasetId, this.runSource) as { id: number } | undefined;
      const now = this.target.now;
      this.runId =
        found?.id ??
        (
          this.s.insertRun.get(this.datasetId, `Imported from ${this.format}`, this.runSource, now, now, now) as {
            id: number;
          }
        ).id;
    }
    if (!this.linkedVersions.has(versionId)) {
      this.s.linkRunJudge.run(this.runId, versionId);
      this.linkedVersions.add(versionId);
    }
    return this.runId;
  }

  /** One imported run per answering model, named after the file and the model so lists tell them apart. */
  private answerRun(model: string): number {
    const source = `${this.runSource}:answers:${model}`;
    const now = this.target.now;
    return findOrCreate(
      this.answerRunIds,
      model,
      () => this.s.runBySource.get(this.datasetId, source),
      () => this.s.insertRun.get(this.datasetId, `${this.fileName}: ${model}`, source, now, now, now),
    );
  }

  private reviewer(name: string): number {
    return findOrCreate(
      this.reviewerIds,
      name,
      () => this.s.reviewerByName.get(name),
      () => this.s.insertReviewer.get(name, this.target.now),
    );
  }
}
