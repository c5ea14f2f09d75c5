// Labelling sessions: a fixed list of items, the judges to rate, blind or not, and who reviews.
import type Database from 'better-sqlite3';
import type { ReviewerProgress, SessionView } from '../../../shared/review';
import { sql } from '../statement-cache';
import { immediateTransaction } from '../immediate';
import type { SessionSampling } from '../../../shared/sampling';

interface SessionRow {
  id: number;
  name: string;
  dataset_id: number;
  dataset: string;
  instructions: string;
  judges: string;
  selection: string;
  blind: number;
  require_rationale: number;
  reviewers: string;
  created_at: string;
  items: number;
}

export function createSession(
  db: Database.Database,
  session: {
    name: string;
    datasetId: number;
    instructions: string;
    judges: string[];
    selection: unknown;
    blind: boolean;
    requireRationale: boolean;
    reviewers: string[];
    itemIds: number[];
    sampling: SessionSampling;
    /** Each item's probability of being drawn; null when the items were chosen, not drawn. */
    inclusion: Map<number, number> | null;
    now: string;
  },
): number {
  return immediateTransaction(db, () => {
    const id = Number(
      sql(
        db,
        `INSERT INTO session (name, dataset_id, instructions, judges, selection, sampling, blind, require_rationale,
                              reviewers, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        session.name,
        session.datasetId,
        session.instructions,
        JSON.stringify(session.judges),
        JSON.stringify(session.selection),
        JSON.stringify(session.sampling),
        session.blind ? 1 : 0,
        session.requireRationale ? 1 : 0,
        JSON.stringify(session.reviewers),
        session.now,
      ).lastInsertRowid,
    );
    const add = sql(
      db,
      'INSERT INTO session_item (session_id, item_id, position, inclusion_probability) VALUES (?, ?, ?, ?)',
    );
    session.itemIds.forEach((itemId, position) =>
      add.run(id, itemId, position, session.inclusion?.get(itemId) ?? null),
    );
    return id;
  });
}

const SESSION_SELECT = `
  SELECT s.id, s.name, s.dataset_id, d.name AS dataset, s.instructions, s.judges, s.selection, s.blind,
         s.require_rationale, s.reviewers, s.created_at,
         (SELECT count(*) FROM session_item si WHERE si.session_id = s.id) AS items
    FROM session s JOIN dataset d ON d.id = s.dataset_id`;

/** A reviewer is done with an item once each of the session's judges has their label on it. */
function progress(db: Database.Database, row: SessionRow, judges: string[]): ReviewerProgress[] {
  const rows = sql(
    db,
    `SELECT rv.name AS reviewer, count(*) AS done FROM (
        SELECT l.reviewer_id, l.item_id FROM label l
          JOIN session_item si ON si.item_id = l.item_id AND si.session_id = @sessionId
          JOIN judge j ON j.id = l.judge_id
         WHERE j.name IN (SELECT value FROM json_each(@judges)) AND l.action <> 'retract'
         GROUP BY l.reviewer_id, l.item_id
        HAVING count(DISTINCT l.judge_id) = json_array_length(@judges)
      ) AS finished JOIN reviewer rv ON rv.id = finished.reviewer_id
      GROUP BY rv.name ORDER BY rv.name`,
  ).all({ sessionId: row.id, judges: JSON.stringify(judges) }) as { reviewer: string; done: number }[];
  const reviewers = [...new Set([...(JSON.parse(row.reviewers) as string[]), ...rows.map((r) => r.reviewer)])];
  return reviewers.map((reviewer) => ({
    reviewer,
    done: rows.find((r) => r.reviewer === reviewer)?.done ?? 0,
    total: row.items,
  }));
}

function toView(db: Database.Database, row: SessionRow): SessionView {
  const judges = JSON.parse(row.judges) as string[];
  return {
    id: row.id,
    name: row.name,
    datasetId: row.dataset_id,
    dataset: row.dataset,
    instructions: row.instructions,
    judges,
    blind: row.blind === 1,
    requireRationale: row.require_rationale === 1,
    reviewers: JSON.parse(row.reviewers) as string[],
    items: row.items,
    progress: progress(db, row, judges),
    createdAt: row.created_at,
  };
}

export function sessionById(db: Database.Database, id: number): SessionView | null {
  const row = sql(db, `${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  return row ? toView(db, row) : null;
}

export function listSessions(db: Database.Database, datasetId?: number): SessionView[] {
  const rows = sql(
    db,
    `${SESSION_SELECT} WHERE @datasetId IS NULL OR s.dataset_id = @datasetId ORDER BY s.id DESC`,
  ).all({
    datasetId: datasetId ?? null,
  }) as SessionRow[];
  return rows.map((row) => toView(db, row));
}
