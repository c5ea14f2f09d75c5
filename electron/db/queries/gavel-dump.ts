// What a Gavel JSONL dump reads: every item of some datasets, each item's finished judgments with
// their judge version and run, and its whole label history.
import type Database from 'better-sqlite3';
import type { GavelJudgment } from '../../formats/gavel/line';
import { sql } from '../statement-cache';
import type { ItemRecord } from './items';
import type { LabelRow } from './labels';

/** An item row with its dataset's name instead of its id. */
export type DumpedItemRow = Omit<ItemRecord, 'dataset_id'> & { dataset: string; created_at: string };

export interface DumpedJudgmentRow {
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
  version_candidate: number;
  run_name: string;
  run_kind: GavelJudgment['run']['kind'];
  run_source: string | null;
  run_status: GavelJudgment['run']['status'];
  run_created_at: string;
  run_started_at: string | null;
  run_finished_at: string | null;
}

/** A label as the dump reads it: sessions stay behind, the source key travels (it is the label's identity). */
export type DumpedLabelRow = Omit<LabelRow, 'id' | 'session_id'> & { source_key: string | null };

/** Every item of the datasets these items belong to, dataset by dataset, in import order. */
export function itemsOfTheirDatasets(db: Database.Database, itemIds: readonly number[]): DumpedItemRow[] {
  return sql(
    db,
    `SELECT i.id, d.name AS dataset, i.key, i.request, i.response, i.expected_response, i.expected_facts,
            i.guidelines, i.retrieved_context, i.metadata, i.source, i.created_at
       FROM item i JOIN dataset d ON d.id = i.dataset_id
      WHERE i.dataset_id IN (SELECT DISTINCT dataset_id FROM item WHERE id IN (SELECT value FROM json_each(?)))
      ORDER BY i.dataset_id, i.id`,
  ).all(JSON.stringify(itemIds)) as DumpedItemRow[];
}

/** Pending and running judgments are work not done yet, not verdicts: they are left out. */
export function finishedJudgmentsOfItem(db: Database.Database, itemId: number): DumpedJudgmentRow[] {
  return sql(
    db,
    `SELECT jm.id, jm.status, jm.score, jm.label, jm.pass, jm.justification, jm.raw_output, jm.chunk_results,
            jm.distribution, jm.error, jm.attempts, jm.latency_ms, jm.input_tokens, jm.output_tokens, jm.cost,
            jm.created_at, jm.updated_at,
            j.name AS judge, j.description AS judge_description, v.version, v.kind AS version_kind,
            v.version_label, v.instructions, v.output_type, v.greater_is_better, v.provider, v.model, v.params,
            v.fewshot, v.source AS version_source, v.content_hash, v.spec, v.created_at AS version_created_at,
            v.candidate AS version_candidate,
            r.name AS run_name, r.kind AS run_kind, r.source AS run_source, r.status AS run_status,
            r.created_at AS run_created_at, r.started_at AS run_started_at, r.finished_at AS run_finished_at
       FROM judgment jm
       JOIN judge_version v ON v.id = jm.judge_version_id
       JOIN judge j ON j.id = v.judge_id
       JOIN run r ON r.id = jm.run_id
      WHERE jm.item_id = ? AND jm.status IN ('done', 'error')
      ORDER BY jm.id`,
  ).all(itemId) as DumpedJudgmentRow[];
}

/** Every label ever made on the item, oldest first. */
export function labelHistoryOfItem(db: Database.Database, itemId: number): DumpedLabelRow[] {
  return sql(
    db,
    `SELECT l.*, j.name AS judge, rv.name AS reviewer
       FROM label l JOIN judge j ON j.id = l.judge_id JOIN reviewer rv ON rv.id = l.reviewer_id
      WHERE l.item_id = ?
      ORDER BY l.id`,
  ).all(itemId) as DumpedLabelRow[];
}
