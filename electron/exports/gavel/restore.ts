// Gavel JSONL back into a workspace, in one transaction: all or nothing. Everything is recognised
// by what identifies it across workspaces, so restoring a file into the workspace it came from (or
// twice anywhere) adds nothing: items by (dataset, key), judge versions by content hash, runs by
// source or by (name, kind, creation time), judgments by (run, item, version), labels by their
// uid (source_key) or by (item, judge, reviewer, time, action), for labels made before uids.
import type Database from 'better-sqlite3';
import type { ImportWritten } from '../../../shared/contract';
import { GavelError } from '../../../shared/result';
import { refreshLatestVerdictsOfRun } from '../../db/latest-verdicts';
import { appendLabel, ensureJudge, ensureReviewer } from '../../db/queries/labels';
import { inTransaction, writeInSlices, type WriteOptions } from '../../db/sliced-write';
import { sql } from '../../db/statement-cache';
import type { GavelJudgeVersion, GavelJudgment, GavelLabel, GavelLine } from '../../formats/gavel/line';
import type { GavelReader } from '../../formats/gavel/reader';

export interface RestoreTarget {
  /** Puts every item into this dataset instead of the ones the file names. */
  dataset?: { id: number } | { name: string };
  fileSha256: string;
  now: string;
}

const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export async function restoreGavel(
  db: Database.Database,
  reader: GavelReader,
  target: RestoreTarget,
  options: WriteOptions = {},
): Promise<ImportWritten> {
  return inTransaction(db, async () => {
    const state = new RestoreState(db, reader.fileName, target);
    await writeInSlices(
      reader.lines(),
      ({ value }) => state.restore(value),
      () => state.rows,
      options,
    );
    return state.finish();
  });
}

class RestoreState {
  rows = 0;
  private inserted = 0;
  private judgments = 0;
  private labels = 0;
  private readonly judges = new Set<string>();
  private readonly reviewers = new Set<string>();
  /** Dataset name → id, with the provenance row of this file in it and its counts. */
  private readonly datasets = new Map<
    string,
    { id: number; name: string; importId: number; rows: number; inserted: number }
  >();
  private readonly versionIds = new Map<string, number>();
  private readonly runIds = new Map<string, number>();

  constructor(
    private readonly db: Database.Database,
    private readonly fileName: string,
    private readonly target: RestoreTarget,
  ) {}

  restore(line: GavelLine): void {
    this.rows++;
    const dataset = this.dataset(line.dataset);
    dataset.rows++;
    const itemId = this.item(dataset, line);
    const judgmentIds = line.judgments.map((judgment) => this.judgment(dataset.id, itemId, judgment));
    for (const label of line.labels)
      this.label(itemId, label, label.judgment === null ? null : judgmentIds[label.judgment]!);
  }

  finish(): ImportWritten {
    for (const d of this.datasets.values()) {
      sql(this.db, 'UPDATE import SET rows = ?, inserted = ? WHERE id = ?').run(d.rows, d.inserted, d.importId);
    }
    for (const runId of new Set(this.runIds.values())) refreshLatestVerdictsOfRun(this.db, runId);
    // The reader refuses a file without lines, so there is a dataset. The summary names the first one:
    // a file exported for one judge mostly holds one.
    const first = [...this.datasets.values()][0]!;
    const items = (sql(this.db, 'SELECT count(*) AS n FROM item WHERE dataset_id = ?').get(first.id) as { n: number })
      .n;
    return {
      dataset: { id: first.id, name: first.name, items },
      rows: this.rows,
      inserted: this.inserted,
      unchanged: this.rows - this.inserted,
      judges: [...this.judges].sort(),
      judgments: this.judgments,
      labels: this.labels,
      // Gavel JSONL carries no candidate answers.
      answers: 0,
      reviewers: [...this.reviewers].sort(),
      runId: this.runIds.size === 1 ? [...this.runIds.values()][0]! : null,
    };
  }

  private dataset(lineDataset: string) {
    const wanted = this.target.dataset ?? { name: lineDataset };
    const cacheKey = 'id' in wanted ? `#${wanted.id}` : wanted.name;
    let dataset = this.datasets.get(cacheKey);
    if (dataset) return dataset;
    let found =
      'id' in wanted
        ? (sql(this.db, 'SELECT id, name FROM dataset WHERE id = ?').get(wanted.id) as
            { id: number; name: string } | undefined)
        : (sql(this.db, 'SELECT id, name FROM dataset WHERE name = ?').get(wanted.name) as
            { id: number; name: string } | undefined);
    if (!found) {
      if ('id' in wanted) throw new GavelError('NOT_FOUND', `No dataset with id ${wanted.id}.`);
      found = sql(
        this.db,
        "INSERT INTO dataset (name, source_format, created_at) VALUES (?, 'gavel', ?) RETURNING id, name",
      ).get(wanted.name, this.target.now) as { id: number; name: string };
    }
    const importId = Number(
      sql(
        this.db,
        `INSERT INTO import (dataset_id, file_name, file_sha256, format, mapping, rows, inserted, created_at)
         VALUES (?, ?, ?, 'gavel', '{}', 0, 0, ?)`,
      ).run(found.id, this.fileName, this.target.fileSha256, this.target.now).lastInsertRowid,
    );
    dataset = { ...found, importId, rows: 0, inserted: 0 };
    this.datasets.set(cacheKey, dataset);
    return dataset;
  }

  /** The item's id; an item already there under its key is kept as it is. */
  private item(dataset: { id: number; importId: number; inserted: number }, line: GavelLine): number {
    const { item } = line;
    const result = sql(
      this.db,
      `INSERT INTO item (dataset_id, key, request, response, expected_response, expected_facts, guidelines,
                         retrieved_context, metadata, source, import_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (dataset_id, key) DO NOTHING`,
    ).run(
      dataset.id,
      line.key,
      item.request,
      item.response,
      item.expected_response,
      json(item.expected_facts),
      json(item.guidelines),
      json(item.retrieved_context),
      JSON.stringify(item.metadata),
      line.source,
      dataset.importId,
      line.createdAt,
    );
    if (result.changes === 1) {
      this.inserted++;
      dataset.inserted++;
      return Number(result.lastInsertRowid);
    }
    return (
      sql(this.db, 'SELECT id FROM item WHERE dataset_id = ? AND key = ?').get(dataset.id, line.key) as { id: number }
    ).id;
  }

  private judgment(datasetId: number, itemId: number, judgment: GavelJudgment): number {
    const versionId = this.version(judgment.judgeVersion);
    const runId = this.run(datasetId, judgment.run);
    sql(this.db, 'INSERT OR IGNORE INTO run_judge (run_id, judge_version_id) VALUES (?, ?)').run(runId, versionId);
    const result = sql(
      this.db,
      `INSERT INTO judgment (run_id, item_id, judge_version_id, status, score, label, pass, justification, raw_output,
                             chunk_results, distribution, error, attempts, latency_ms, input_tokens, output_tokens,
                             cost, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, item_id, judge_version_id) DO NOTHING`,
    ).run(
      runId,
      itemId,
      versionId,
      judgment.status,
      judgment.score,
      judgment.label,
      bit(judgment.pass),
      judgment.justification,
      judgment.rawOutput,
      json(judgment.chunks),
      json(judgment.distribution),
      judgment.error,
      judgment.attempts,
      judgment.latencyMs,
      judgment.inputTokens,
      judgment.outputTokens,
      judgment.cost,
      judgment.createdAt,
      judgment.updatedAt,
    );
    if (result.changes === 1) {
      this.judgments++;
      return Number(result.lastInsertRowid);
    }
    return (
      sql(this.db, 'SELECT id FROM judgment WHERE run_id = ? AND item_id = ? AND judge_version_id = ?').get(
        runId,
        itemId,
        versionId,
      ) as { id: number }
    ).id;
  }

  /** The version with this content hash; a new one keeps its number unless the judge already uses it. */
  private version(v: GavelJudgeVersion): number {
    const cacheKey = `${v.judge}\u0000${v.contentHash}`;
    const cached = this.versionIds.get(cacheKey);
    if (cached !== undefined) return cached;
    this.judges.add(v.judge);
    const judgeId = ensureJudge(this.db, v.judge, v.createdAt);
    if (v.judgeDescription !== null) {
      sql(this.db, 'UPDATE judge SET description = ? WHERE id = ? AND description IS NULL').run(
        v.judgeDescription,
        judgeId,
      );
    }
    const found = sql(this.db, 'SELECT id FROM judge_version WHERE judge_id = ? AND content_hash = ?').get(
      judgeId,
      v.contentHash,
    ) as { id: number } | undefined;
    const id =
      found?.id ??
      (
        sql(
          this.db,
          `INSERT INTO judge_version (judge_id, version, kind, version_label, instructions, output_type, greater_is_better,
                                      provider, model, params, fewshot, source, content_hash, spec, created_at)
           VALUES (@judgeId,
                   CASE WHEN EXISTS (SELECT 1 FROM judge_version WHERE judge_id = @judgeId AND version = @version)
                        THEN (SELECT max(version) + 1 FROM judge_version WHERE judge_id = @judgeId) ELSE @version END,
                   @kind, @versionLabel, @instructions, @outputType, @greaterIsBetter, @provider, @model, @params,
                   @fewshot, @source, @contentHash, @spec, @createdAt)
           RETURNING id`,
        ).get({
          judgeId,
          version: v.version,
          kind: v.kind,
          versionLabel: v.versionLabel,
          instructions: v.instructions,
          outputType: JSON.stringify(v.outputType),
          greaterIsBetter: v.greaterIsBetter ? 1 : 0,
          provider: v.provider,
          model: v.model,
          params: JSON.stringify(v.params),
          fewshot: JSON.stringify(v.fewshot),
          source: v.source,
          contentHash: v.contentHash,
          spec: json(v.spec),
          createdAt: v.createdAt,
        }) as { id: number }
      ).id;
    this.versionIds.set(cacheKey, id);
    return id;
  }

  private run(datasetId: number, run: GavelJudgment['run']): number {
    const cacheKey = JSON.stringify([datasetId, run.source, run.name, run.kind, run.createdAt]);
    const cached = this.runIds.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = (
      run.source === null
        ? sql(
            this.db,
            'SELECT id FROM run WHERE dataset_id = ? AND source IS NULL AND name = ? AND kind = ? AND created_at = ?',
          ).get(datasetId, run.name, run.kind, run.createdAt)
        : sql(this.db, 'SELECT id FROM run WHERE dataset_id = ? AND source = ?').get(datasetId, run.source)
    ) as { id: number } | undefined;
    const id =
      found?.id ??
      (
        sql(
          this.db,
          `INSERT INTO run (dataset_id, name, kind, source, status, created_at, started_at, finished_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        ).get(
          datasetId,
          run.name,
          run.kind,
          run.source,
          // Nothing runs in a workspace that was just written: an unfinished run can be resumed.
          run.status === 'running' ? 'paused' : run.status,
          run.createdAt,
          run.startedAt,
          run.finishedAt,
        ) as { id: number }
      ).id;
    this.runIds.set(cacheKey, id);
    return id;
  }

  private label(itemId: number, label: GavelLabel, judgmentId: number | null): void {
    const judgeId = ensureJudge(this.db, label.judge, this.target.now);
    const reviewerId = ensureReviewer(this.db, label.reviewer, this.target.now);
    this.judges.add(label.judge);
    this.reviewers.add(label.reviewer);
    if (this.hasSameLabel(itemId, judgeId, reviewerId, label)) return;
    const id = appendLabel(this.db, {
      itemId,
      judgeId,
      reviewerId,
      judgmentId,
      // Sessions are not part of the file: the label keeps its values, not where it was made.
      sessionId: null,
      action: label.action,
      score: label.score,
      label: label.label,
      pass: label.pass,
      rationale: label.rationale,
      tags: label.tags,
      blind: label.blind ? { score: label.blindScore, label: label.blindLabel, pass: label.blindPass } : null,
      // Labels come in the order they were made, so the reviewer's latest so far is the one it replaced.
      ...(label.supersedes ? {} : { supersedes: null }),
      ...(label.sourceKey === null ? {} : { uid: label.sourceKey }),
      source: label.source,
      createdAt: label.createdAt,
    });
    if (id !== null) this.labels++;
  }

  /** Labels made before uids existed carry none; a restored copy of one got a uid of its own. */
  private hasSameLabel(itemId: number, judgeId: number, reviewerId: number, label: GavelLabel): boolean {
    return (
      sql(
        this.db,
        `SELECT 1 FROM label WHERE item_id = ? AND judge_id = ? AND reviewer_id = ? AND created_at = ? AND action = ?`,
      ).get(itemId, judgeId, reviewerId, label.createdAt, label.action) !== undefined
    );
  }
}
