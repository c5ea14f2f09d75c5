// Read side of model comparisons on one item: the candidate models' answers, and the pairwise
// judgments that compared two of them (the runs they compared are in the pairwise run's settings).
import type Database from 'better-sqlite3';
import type { CandidateResponse, ItemResponses, ResponsePair } from '../../../shared/review';
import { sql } from '../statement-cache';

interface ResponseRow {
  run_id: number;
  run_name: string;
  provider: string;
  model: string;
  response: string;
  truncated: number | null;
}

interface PairRow {
  judgment_id: number;
  judge: string;
  run_a: number | null;
  run_b: number | null;
}

const candidate = (row: ResponseRow): CandidateResponse => ({
  runId: row.run_id,
  runName: row.run_name,
  provider: row.provider,
  model: row.model,
  response: row.response,
  truncated: row.truncated === 1,
});

export function itemResponses(db: Database.Database, itemId: number): ItemResponses {
  const responses = (
    sql(
      db,
      `SELECT g.run_id, r.name AS run_name, g.provider, g.model, g.response, g.truncated
         FROM generation g JOIN run r ON r.id = g.run_id
        WHERE g.item_id = ? AND g.status = 'done' AND g.response IS NOT NULL
        ORDER BY g.run_id`,
    ).all(itemId) as ResponseRow[]
  ).map(candidate);
  const byRun = new Map(responses.map((response) => [response.runId, response]));
  const rows = sql(
    db,
    `SELECT jm.id AS judgment_id, j.name AS judge,
            json_extract(r.settings, '$.pairwise.runA') AS run_a, json_extract(r.settings, '$.pairwise.runB') AS run_b
       FROM judgment jm
       JOIN run r ON r.id = jm.run_id
       JOIN judge_version v ON v.id = jm.judge_version_id
       JOIN judge j ON j.id = v.judge_id
      WHERE jm.item_id = ? AND json_extract(r.settings, '$.pairwise') IS NOT NULL
      ORDER BY jm.id`,
  ).all(itemId) as PairRow[];
  // A pair whose answers are gone (a compared run was deleted) has nothing left to show side by side.
  const pairs = rows.flatMap((row): ResponsePair[] => {
    const a = row.run_a === null ? undefined : byRun.get(row.run_a);
    const b = row.run_b === null ? undefined : byRun.get(row.run_b);
    return a && b ? [{ judgmentId: row.judgment_id, judge: row.judge, a, b }] : [];
  });
  return { responses, pairs };
}
