// Runs and their judgments in the workspace: creation with every judgment pending, claiming what is
// left to do, and committing each finished judgment with its attempts and cache entries.
import type Database from 'better-sqlite3';
import type { Candidate, RunSummary } from '../../shared/contract';
import type { JudgeAggregate, ProviderConfig, VerdictResult } from '../../shared/judging';
import { leaseOf, type RunLease } from '../db/queries/run-lease';
import { requeueFailedGenerations, updateGeneration } from '../db/queries/generations';
import {
  appendAttempt,
  commitResumably,
  requeueFailedJudgments,
  saveFinishedJudgment,
} from '../db/queries/run-judgments';
import {
  firstJudgmentError,
  insertRun,
  judgesOfRun,
  runRow,
  runRows,
  runSettingsJson,
  saveRunTotals,
  type RunRow,
} from '../db/queries/runs';
import { immediateTransaction } from '../db/immediate';
import { redactOrNull } from '../providers/redact';
import type { ChatResponse } from '../providers/types';
import { callTotals, type CallLog } from './provider-call';
import { refreshLatestVerdicts } from '../db/latest-verdicts';
import { storeResponse } from './response-cache';
import { isLeaseAlive, shownStatus } from './run-lease';

export { generationOf, generationSummary, itemsGeneratedByBoth, type GenerationRow } from '../db/queries/generations';
export { itemFields } from '../db/queries/items';
export { pendingJudgments, runJudgments, type PendingJudgment } from '../db/queries/run-judgments';

/** What a run needs to be resumed by anyone, later: kept in run.settings (never a secret). */
export interface RunSettings {
  judgeVersionIds: number[];
  providers: ProviderConfig[];
  /** The candidate model whose answers this run generates and judges. */
  generation?: Candidate;
  /** The two runs whose answers a pairwise run compares. */
  pairwise?: { runA: number; runB: number };
}

export function createRun(
  db: Database.Database,
  plan: { datasetId: number; name: string; itemIds: number[]; settings: RunSettings; now: string },
): number {
  return insertRun(db, {
    datasetId: plan.datasetId,
    name: plan.name,
    itemIds: plan.itemIds,
    judgeVersionIds: plan.settings.judgeVersionIds,
    settingsJson: JSON.stringify(plan.settings),
    generation: plan.settings.generation,
    now: plan.now,
  });
}

export function runSettings(db: Database.Database, runId: number): RunSettings {
  return JSON.parse(runSettingsJson(db, runId)) as RunSettings;
}

export function setRunTotals(db: Database.Database, runId: number, aggregates: JudgeAggregate[]): void {
  saveRunTotals(db, runId, JSON.stringify({ aggregates }));
}

/** Puts failed judgments (and failed generations) back in the queue ("retry errors"); returns how many. */
export function requeueErrors(db: Database.Database, runId: number, now: string): number {
  return immediateTransaction(db, () => {
    requeueFailedGenerations(db, runId);
    return requeueFailedJudgments(db, runId, now);
  });
}

export function saveGeneration(
  db: Database.Database,
  runId: number,
  itemId: number,
  outcome: { response: ChatResponse | null; error: string | null; log: CallLog },
  now: string,
): void {
  const totals = callTotals(outcome.log);
  immediateTransaction(db, () => {
    updateGeneration(db, {
      status: outcome.response ? 'done' : 'error',
      response: outcome.response?.text ?? null,
      stop: outcome.response?.stopReason ?? null,
      truncated: outcome.response ? (outcome.response.truncated ? 1 : 0) : null,
      error: redactOrNull(outcome.error),
      latency: totals.latencyMs,
      input: totals.inputTokens,
      output: totals.outputTokens,
      cost: totals.cost,
      runId,
      itemId,
    });
    if (outcome.response) {
      for (const entry of outcome.log.cacheEntries) storeResponse(db, entry.key, entry.response, now);
    }
  });
}

export interface FinishedJudgment {
  id: number;
  result: VerdictResult;
  log: CallLog;
}

/**
 * Commits finished judgments, their attempts and the replies to cache, in one transaction, if the
 * run's lease is still `leaseToken`'s: a process that lost its lease (presumed dead, taken over)
 * never overwrites the new holder's work. The commit survives the process being killed (resume).
 */
export function commitJudgments(
  db: Database.Database,
  finished: FinishedJudgment[],
  now: string,
  leaseToken: string,
): void {
  commitResumably(db, () => {
    const committed: number[] = [];
    for (const { id, result, log } of finished) {
      const totals = callTotals(log);
      const saved = saveFinishedJudgment(db, {
        id,
        status: result.status,
        score: result.score,
        label: result.label,
        pass: result.pass === null ? null : result.pass ? 1 : 0,
        justification: result.justification,
        raw: result.raw,
        chunks: result.chunks ? JSON.stringify(result.chunks) : null,
        distribution: result.distribution ? JSON.stringify(result.distribution) : null,
        error: redactOrNull(result.error),
        attempts: totals.paidCalls,
        latency: totals.latencyMs,
        input: totals.inputTokens,
        output: totals.outputTokens,
        cost: totals.cost,
        now,
        leaseToken,
      });
      if (!saved) continue;
      committed.push(id);
      // Attempts' errors are ProviderErrors' messages, redacted when they were made.
      for (const r of log.records) appendAttempt(db, id, r);
      // A reply the judge could not read is never cached: retrying must ask the model again.
      if (result.status === 'done') {
        for (const entry of log.cacheEntries) storeResponse(db, entry.key, entry.response, now);
      }
    }
    refreshLatestVerdicts(db, committed);
  });
}

function toSummary(db: Database.Database, row: RunRow): RunSummary {
  const now = Date.now();
  const lease = leaseOf(row);
  const holder = lease && isLeaseAlive(lease, now) ? holderOf(lease) : null;
  return {
    id: row.id,
    datasetId: row.dataset_id,
    dataset: row.dataset,
    name: row.name,
    kind: row.kind,
    status: shownStatus(row.status, lease, now),
    holder,
    firstError: row.errors === 0 ? null : firstJudgmentError(db, row.id),
    message: row.status_message,
    judges: judgesOfRun(db, row.id),
    total: row.total,
    done: row.done,
    errors: row.errors,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cost: row.cost,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

const holderOf = ({ pid, host, since }: RunLease) => ({ pid, host, since });

export function runSummary(db: Database.Database, runId: number): RunSummary | null {
  const row = runRow(db, runId);
  return row ? toSummary(db, row) : null;
}

export function listRuns(db: Database.Database, datasetId?: number): RunSummary[] {
  return runRows(db, datasetId).map((row) => toSummary(db, row));
}
