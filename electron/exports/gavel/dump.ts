// Gavel JSONL out of a workspace: every item of the given datasets with all its finished judgments
// (any judge, any run) and its whole label history, one line per item (formats/gavel/line.ts).
// Whole datasets rather than one judge's items, so the file is lossless: re-imported elsewhere it
// reproduces the datasets as they were, and re-imported here it adds nothing.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../../shared/domain';
import type { ItemRecord } from '../../db/queries/items';
import type { LabelRow } from '../../db/queries/labels';
import { GAVEL_JSONL_VERSION, type GavelJudgment, type GavelLabel, type GavelLine } from '../../formats/gavel/line';
import { jsonl } from '../json-text';

/** An item row with its dataset's name instead of its id. */
type ItemRow = Omit<ItemRecord, 'dataset_id'> & { dataset: string; created_at: string };

interface JudgmentRow {
  id: number;
  status: GavelJudgment['status'];
  score: number | null;
  label: string | null;
  pass: number | null;
  justification: string | null;
  raw_output: string | null;
  chunk_results: string | null;
  distribution: string | null;
  error: string | null;
  attempts: number;
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  created_at: string;
  updated_at: string;
  judge: string;
  judge_description: string | null;
  version: number;
  version_kind: GavelJudgment['judgeVersion']['kind'];
  version_label: string | null;
  instructions: string | null;
  output_type: string;
  greater_is_better: number;
  provider: string | null;
  model: string | null;
  params: string;
  fewshot: string;
  version_source: string | null;
  content_hash: string;
  spec: string | null;
  version_created_at: string;
  run_name: string;
  run_kind: GavelJudgment['run']['kind'];
  run_source: string | null;
  run_status: GavelJudgment['run']['status'];
  run_created_at: string;
  run_started_at: string | null;
  run_finished_at: string | null;
}

/** A label as the dump reads it: sessions stay behind, the source key travels (it is the label's identity). */
type DumpedLabelRow = Omit<LabelRow, 'id' | 'session_id'> & { source_key: string | null };

/** JSON columns: null stays null. */
const parse = <T>(text: string | null): T => (text === null ? null : JSON.parse(text)) as T;
const bool = (value: number | null): boolean | null => (value === null ? null : value === 1);

function prepare(db: Database.Database) {
  return {
    items: db.prepare(`
      SELECT i.id, d.name AS dataset, i.key, i.request, i.response, i.expected_response, i.expected_facts,
             i.guidelines, i.retrieved_context, i.metadata, i.source, i.created_at
        FROM item i JOIN dataset d ON d.id = i.dataset_id
       WHERE i.dataset_id IN (SELECT DISTINCT dataset_id FROM item WHERE id IN (SELECT value FROM json_each(?)))
       ORDER BY i.dataset_id, i.id`),
    // Pending and running judgments are work not done yet, not verdicts: they are left out.
    judgments: db.prepare(`
      SELECT jm.id, jm.status, jm.score, jm.label, jm.pass, jm.justification, jm.raw_output, jm.chunk_results,
             jm.distribution, jm.error, jm.attempts, jm.latency_ms, jm.input_tokens, jm.output_tokens, jm.cost,
             jm.created_at, jm.updated_at,
             j.name AS judge, j.description AS judge_description, v.version, v.kind AS version_kind,
             v.version_label, v.instructions, v.output_type, v.greater_is_better, v.provider, v.model, v.params,
             v.fewshot, v.source AS version_source, v.content_hash, v.spec, v.created_at AS version_created_at,
             r.name AS run_name, r.kind AS run_kind, r.source AS run_source, r.status AS run_status,
             r.created_at AS run_created_at, r.started_at AS run_started_at, r.finished_at AS run_finished_at
        FROM judgment jm
        JOIN judge_version v ON v.id = jm.judge_version_id
        JOIN judge j ON j.id = v.judge_id
        JOIN run r ON r.id = jm.run_id
       WHERE jm.item_id = ? AND jm.status IN ('done', 'error')
       ORDER BY jm.id`),
    labels: db.prepare(`
      SELECT l.*, j.name AS judge, rv.name AS reviewer
        FROM label l JOIN judge j ON j.id = l.judge_id JOIN reviewer rv ON rv.id = l.reviewer_id
       WHERE l.item_id = ?
       ORDER BY l.id`),
  };
}

function judgment(row: JudgmentRow): GavelJudgment {
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
  const s = prepare(db);
  // all(), not iterate(): better-sqlite3 runs no other statement while an iterator is open.
  for (const item of s.items.all(JSON.stringify(itemIds)) as ItemRow[]) {
    const judgmentRows = s.judgments.all(item.id) as JudgmentRow[];
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
      labels: (s.labels.all(item.id) as DumpedLabelRow[]).map((row) => label(row, judgmentIndex)),
    };
  }
}

/** Gavel JSONL of the datasets the exported judge's items come from. */
export function gavelJsonl(db: Database.Database, itemIds: number[]): string {
  const lines = [...gavelLines(db, itemIds)];
  // No datasets, no lines: an empty file rather than a blank line.
  return lines.length === 0 ? '' : jsonl(lines);
}
