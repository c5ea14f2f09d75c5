// Reviewer links and what each reviewer may read: the sessions assigned to them (a session's
// `reviewers` list) and the datasets of those sessions.
import type Database from 'better-sqlite3';
import type { ReviewerLinkView } from '../../../shared/contract';
import { sql } from '../statement-cache';
import { ensureReviewer } from './labels';
import { immediateTransaction } from '../immediate';

export interface LiveLink {
  reviewer: string;
  tokenHash: string;
}

export function liveLinks(db: Database.Database): LiveLink[] {
  return sql(
    db,
    `SELECT r.name AS reviewer, l.token_hash AS tokenHash
       FROM reviewer_link l JOIN reviewer r ON r.id = l.reviewer_id
      WHERE l.revoked_at IS NULL`,
  ).all() as LiveLink[];
}

/** Revokes the reviewer's live links; returns how many there were. */
export function revokeLinks(db: Database.Database, reviewer: string, now: string): number {
  return sql(
    db,
    `UPDATE reviewer_link SET revoked_at = ?
      WHERE revoked_at IS NULL AND reviewer_id = (SELECT id FROM reviewer WHERE name = ?)`,
  ).run(now, reviewer).changes;
}

/** One live link per reviewer: a new one replaces the old. */
export function replaceLink(db: Database.Database, reviewer: string, tokenHash: string, now: string): void {
  immediateTransaction(db, () => {
    const reviewerId = ensureReviewer(db, reviewer, now);
    revokeLinks(db, reviewer, now);
    sql(db, 'INSERT INTO reviewer_link (reviewer_id, token_hash, created_at) VALUES (?, ?, ?)').run(
      reviewerId,
      tokenHash,
      now,
    );
  });
}

/**
 * Adds the reviewer to each session's reviewers (kept once). Nothing is assigned when a session does
 * not exist; the ids of those are returned.
 */
export function assignSessions(db: Database.Database, reviewer: string, sessionIds: number[]): number[] {
  const exists = sql(db, 'SELECT 1 FROM session WHERE id = ?');
  const missing = sessionIds.filter((id) => !exists.get(id));
  if (missing.length > 0) return missing;
  const assign = sql(
    db,
    `UPDATE session SET reviewers = json_insert(reviewers, '$[#]', @reviewer)
      WHERE id = @id AND NOT EXISTS (SELECT 1 FROM json_each(session.reviewers) WHERE value = @reviewer)`,
  );
  immediateTransaction(db, () => {
    for (const id of sessionIds) assign.run({ id, reviewer });
  });
  return [];
}

export function listLinks(db: Database.Database): ReviewerLinkView[] {
  const rows = sql(
    db,
    `SELECT r.name AS reviewer, l.created_at AS createdAt
       FROM reviewer_link l JOIN reviewer r ON r.id = l.reviewer_id
      WHERE l.revoked_at IS NULL ORDER BY r.name`,
  ).all() as { reviewer: string; createdAt: string }[];
  return rows.map((row) => ({ ...row, sessions: assignedSessions(db, row.reviewer).map((s) => s.id) }));
}

export function assignedSessions(db: Database.Database, reviewer: string): { id: number; datasetId: number }[] {
  return sql(
    db,
    `SELECT s.id, s.dataset_id AS datasetId FROM session s
      WHERE EXISTS (SELECT 1 FROM json_each(s.reviewers) WHERE value = ?) ORDER BY s.id`,
  ).all(reviewer) as { id: number; datasetId: number }[];
}

export function datasetOfItem(db: Database.Database, itemId: number): number | null {
  const row = sql(db, 'SELECT dataset_id AS datasetId FROM item WHERE id = ?').get(itemId) as
    { datasetId: number } | undefined;
  return row?.datasetId ?? null;
}
