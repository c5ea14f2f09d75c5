// Gavel JSONL back into a workspace, in one transaction: all or nothing. Everything is recognised
// by what identifies it across workspaces, so restoring a file into the workspace it came from (or
// twice anywhere) adds nothing: items by (dataset, key), judge versions by content hash, runs by
// source or by (name, kind, creation time), judgments by (run, item, version), labels by their
// uid (source_key) or by (item, judge, reviewer, time, action), for labels made before uids.
import type Database from 'better-sqlite3';
import type { ImportWritten } from '../../../shared/contract';
import { GavelError } from '../../../shared/result';
import { refreshLatestVerdictsOfRun } from '../../db/latest-verdicts';
import {
  countItems,
  datasetRefById,
  datasetRefByName,
  insertDataset,
  insertImport,
  insertItemIfNew,
  insertJudgmentIfNew,
  insertRun,
  judgmentIdOf,
  linkRunJudge,
  NamedIds,
  setImportCounts,
  versionIdByHash,
} from '../../db/import-rows';
import { findItem } from '../../db/queries/items';
import { appendLabel } from '../../db/queries/labels';
import { describeJudgeIfBare, findRestoredRun, hasLabelAt, insertRestoredVersion } from '../../db/restore-writer';
import { inTransaction, writeInSlices, type WriteOptions } from '../../db/sliced-write';
import type { GavelJudgeVersion, GavelJudgment, GavelLabel, GavelLine } from './line';
import type { GavelReader } from './reader';

export interface RestoreTarget {
  /** Puts every item into this dataset instead of the ones the file names. */
  dataset?: { id: number } | { name: string };
  fileSha256: string;
  now: string;
}

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
  /** The judges and reviewers the file names, each looked up once. */
  private readonly ids: NamedIds;
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
  ) {
    this.ids = new NamedIds(db);
  }

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
      setImportCounts(this.db, d.importId, d.rows, d.inserted);
    }
    for (const runId of new Set(this.runIds.values())) refreshLatestVerdictsOfRun(this.db, runId);
    // The reader refuses a file without lines, so there is a dataset. The summary names the first one:
    // a file exported for one judge mostly holds one.
    const first = [...this.datasets.values()][0]!;
    return {
      dataset: { id: first.id, name: first.name, items: countItems(this.db, first.id) },
      rows: this.rows,
      inserted: this.inserted,
      unchanged: this.rows - this.inserted,
      judges: this.ids.judgeNames().sort(),
      judgments: this.judgments,
      labels: this.labels,
      // Gavel JSONL carries no candidate answers.
      answers: 0,
      reviewers: this.ids.reviewerNames().sort(),
      runId: this.runIds.size === 1 ? [...this.runIds.values()][0]! : null,
    };
  }

  private dataset(lineDataset: string) {
    const wanted = this.target.dataset ?? { name: lineDataset };
    const cacheKey = 'id' in wanted ? `#${wanted.id}` : wanted.name;
    let dataset = this.datasets.get(cacheKey);
    if (dataset) return dataset;
    let found = 'id' in wanted ? datasetRefById(this.db, wanted.id) : datasetRefByName(this.db, wanted.name);
    if (!found) {
      if ('id' in wanted) throw new GavelError('NOT_FOUND', `No dataset with id ${wanted.id}.`);
      found = insertDataset(this.db, wanted.name, 'gavel', this.target.now);
    }
    const importId = insertImport(this.db, {
      datasetId: found.id,
      fileName: this.fileName,
      fileSha256: this.target.fileSha256,
      format: 'gavel',
      mapping: '{}',
      now: this.target.now,
    });
    dataset = { ...found, importId, rows: 0, inserted: 0 };
    this.datasets.set(cacheKey, dataset);
    return dataset;
  }

  /** The item's id; an item already there under its key is kept as it is. */
  private item(dataset: { id: number; importId: number; inserted: number }, line: GavelLine): number {
    const id = insertItemIfNew(this.db, {
      datasetId: dataset.id,
      key: line.key,
      fields: line.item,
      source: line.source,
      importId: dataset.importId,
      createdAt: line.createdAt,
    });
    if (id !== null) {
      this.inserted++;
      dataset.inserted++;
      return id;
    }
    return findItem(this.db, dataset.id, line.key)!.id;
  }

  private judgment(datasetId: number, itemId: number, judgment: GavelJudgment): number {
    const versionId = this.version(judgment.judgeVersion);
    const runId = this.run(datasetId, judgment.run);
    linkRunJudge(this.db, runId, versionId);
    const id = insertJudgmentIfNew(this.db, {
      runId,
      itemId,
      versionId,
      status: judgment.status,
      score: judgment.score,
      label: judgment.label,
      pass: judgment.pass,
      justification: judgment.justification,
      rawOutput: judgment.rawOutput,
      chunks: json(judgment.chunks),
      distribution: json(judgment.distribution),
      error: judgment.error,
      attempts: judgment.attempts,
      latencyMs: judgment.latencyMs,
      inputTokens: judgment.inputTokens,
      outputTokens: judgment.outputTokens,
      cost: judgment.cost,
      createdAt: judgment.createdAt,
      updatedAt: judgment.updatedAt,
    });
    if (id !== null) {
      this.judgments++;
      return id;
    }
    return judgmentIdOf(this.db, runId, itemId, versionId);
  }

  /** The version with this content hash; a new one keeps its number unless the judge already uses it. */
  private version(v: GavelJudgeVersion): number {
    const cacheKey = `${v.judge}\u0000${v.contentHash}`;
    const cached = this.versionIds.get(cacheKey);
    if (cached !== undefined) return cached;
    const judgeId = this.ids.judge(v.judge, v.createdAt);
    if (v.judgeDescription !== null) describeJudgeIfBare(this.db, judgeId, v.judgeDescription);
    const id = versionIdByHash(this.db, judgeId, v.contentHash) ?? insertRestoredVersion(this.db, judgeId, v);
    this.versionIds.set(cacheKey, id);
    return id;
  }

  private run(datasetId: number, run: GavelJudgment['run']): number {
    const cacheKey = JSON.stringify([datasetId, run.source, run.name, run.kind, run.createdAt]);
    const cached = this.runIds.get(cacheKey);
    if (cached !== undefined) return cached;
    const id =
      findRestoredRun(this.db, datasetId, run) ??
      // Nothing runs in a workspace that was just written: an unfinished run can be resumed.
      insertRun(this.db, datasetId, { ...run, status: run.status === 'running' ? 'paused' : run.status });
    this.runIds.set(cacheKey, id);
    return id;
  }

  private label(itemId: number, label: GavelLabel, judgmentId: number | null): void {
    const judgeId = this.ids.judge(label.judge, this.target.now);
    const reviewerId = this.ids.reviewer(label.reviewer, this.target.now);
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
    return hasLabelAt(this.db, { itemId, judgeId, reviewerId, createdAt: label.createdAt, action: label.action });
  }
}
