// Gavel JSONL out of a workspace: every item of the given datasets with all its finished judgments
// (any judge, any run) and its whole label history, one line per item (formats/gavel/line.ts).
// Whole datasets rather than one judge's items, so the file is lossless: re-imported elsewhere it
// reproduces the datasets as they were, and re-imported here it adds nothing.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../../shared/domain';
import {
  finishedJudgmentsOfItem,
  itemsOfTheirDatasets,
  labelHistoryOfItem,
  type DumpedJudgmentRow,
  type DumpedLabelRow,
} from '../../db/queries/gavel-dump';
import { GAVEL_JSONL_VERSION, type GavelJudgment, type GavelLabel, type GavelLine } from '../../formats/gavel/line';
import { jsonl } from '../json-text';

/** JSON columns: null stays null. */
const parse = <T>(text: string | null): T => (text === null ? null : JSON.parse(text)) as T;
const bool = (value: number | null): boolean | null => (value === null ? null : value === 1);

function judgment(row: DumpedJudgmentRow): GavelJudgment {
  return {
    judgeVersion: {
      judge: row.judge,
      judgeDescription: row.judge_description,
      version: row.version,
      kind: row.version_kind,
      versionLabel: row.version_label,
      instructions: row.instructions,
      outputType: parse<OutputType>(row.output_type),
      greaterIsBetter: row.greater_is_better === 1,
      provider: row.provider,
      model: row.model,
      params: parse(row.params),
      fewshot: parse(row.fewshot),
      source: row.version_source,
      contentHash: row.content_hash,
      spec: parse(row.spec),
      createdAt: row.version_created_at,
      candidate: row.version_candidate === 1,
    },
    run: {
      name: row.run_name,
      kind: row.run_kind,
      source: row.run_source,
      status: row.run_status,
      createdAt: row.run_created_at,
      startedAt: row.run_started_at,
      finishedAt: row.run_finished_at,
    },
    status: row.status,
    score: row.score,
    label: row.label,
    pass: bool(row.pass),
    justification: row.justification,
    rawOutput: row.raw_output,
    chunks: parse(row.chunk_results),
    distribution: parse(row.distribution),
    error: row.error,
    attempts: row.attempts,
    latencyMs: row.latency_ms,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cost: row.cost,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function label(row: DumpedLabelRow, judgmentIndex: Map<number, number>): GavelLabel {
  return {
    judge: row.judge,
    reviewer: row.reviewer,
    action: row.action,
    score: row.score,
    label: row.label,
    pass: bool(row.pass),
    rationale: row.rationale,
    tags: parse(row.tags),
    blind: row.blind === 1,
    blindScore: row.blind_score,
    blindLabel: row.blind_label,
    blindPass: bool(row.blind_pass),
    judgment: row.judgment_id === null ? null : (judgmentIndex.get(row.judgment_id) ?? null),
    supersedes: row.supersedes_id !== null,
    source: row.source,
    sourceKey: row.source_key,
    createdAt: row.created_at,
  };
}

/** The lines of every item in the datasets these items belong to. */
export function* gavelLines(db: Database.Database, itemIds: number[]): Generator<GavelLine> {
  for (const item of itemsOfTheirDatasets(db, itemIds)) {
    const judgmentRows = finishedJudgmentsOfItem(db, item.id);
    const judgmentIndex = new Map(judgmentRows.map((row, index) => [row.id, index]));
    yield {
      gavel: GAVEL_JSONL_VERSION,
      dataset: item.dataset,
      key: item.key,
      item: {
        request: item.request,
        response: item.response,
        expected_response: item.expected_response,
        expected_facts: parse(item.expected_facts),
        guidelines: parse(item.guidelines),
        retrieved_context: parse(item.retrieved_context),
        metadata: parse(item.metadata),
      },
      source: item.source,
      createdAt: item.created_at,
      judgments: judgmentRows.map(judgment),
      labels: labelHistoryOfItem(db, item.id).map((row) => label(row, judgmentIndex)),
    };
  }
}

/** Gavel JSONL of the datasets the exported judge's items come from. */
export function gavelJsonl(db: Database.Database, itemIds: number[]): string {
  const lines = [...gavelLines(db, itemIds)];
  // No datasets, no lines: an empty file rather than a blank line.
  return lines.length === 0 ? '' : jsonl(lines);
}
