// Labels: append-only human verdicts. A new label of a reviewer on an item and judge supersedes the
// previous one, which stays in the history; nothing a person entered is deleted or rewritten.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LabelView } from '../../../shared/domain';
import type { LabelValue, PackedLabel, ReviewerView, StoredLabelAction } from '../../../shared/review';
import { sql } from '../statement-cache';

/** A label row joined with its judge's and reviewer's names. */
export interface LabelRow {
  id: number;
  judge: string;
  reviewer: string;
  action: StoredLabelAction;
  score: number | null;
  label: string | null;
  pass: number | null;
  rationale: string | null;
  tags: string;
  blind: number;
  blind_score: number | null;
  blind_label: string | null;
  blind_pass: number | null;
  judgment_id: number | null;
  judge_version: number | null;
  session_id: number | null;
  supersedes_id: number | null;
  created_at: string;
  source: string | null;
}

const LABEL_SELECT = `
  SELECT l.id, j.name AS judge, rv.name AS reviewer, l.action, l.score, l.label, l.pass, l.rationale, l.tags,
         l.blind, l.blind_score, l.blind_label, l.blind_pass, l.judgment_id, l.session_id, l.supersedes_id,
         l.created_at, l.source, seen.version AS judge_version
    FROM label l JOIN judge j ON j.id = l.judge_id JOIN reviewer rv ON rv.id = l.reviewer_id
    LEFT JOIN judgment jm ON jm.id = l.judgment_id LEFT JOIN judge_version seen ON seen.id = jm.judge_version_id`;

const bool = (value: number | null) => (value === null ? null : value === 1);

function toView(row: LabelRow): LabelView {
  return {
    id: row.id,
    judge: row.judge,
    reviewer: row.reviewer,
    action: row.action,
    score: row.score,
    label: row.label,
    pass: bool(row.pass),
    rationale: row.rationale,
    tags: JSON.parse(row.tags) as string[],
    blind: row.blind ? { score: row.blind_score, label: row.blind_label, pass: bool(row.blind_pass) } : null,
    judgmentId: row.judgment_id,
    judgeVersion: row.judge_version,
    sessionId: row.session_id,
    supersedesId: row.supersedes_id,
    createdAt: row.created_at,
    source: row.source,
  };
}

export function labelsOfItem(db: Database.Database, itemId: number): LabelView[] {
  return (sql(db, `${LABEL_SELECT} WHERE l.item_id = ? ORDER BY l.id`).all(itemId) as LabelRow[]).map(toView);
}

export function labelById(db: Database.Database, id: number): LabelView | null {
  const row = sql(db, `${LABEL_SELECT} WHERE l.id = ?`).get(id) as LabelRow | undefined;
  return row ? toView(row) : null;
}

export function listReviewers(db: Database.Database): ReviewerView[] {
  return sql(
    db,
    `SELECT r.id, r.name, (SELECT count(*) FROM label l WHERE l.reviewer_id = r.id) AS labels
       FROM reviewer r ORDER BY r.name`,
  ).all() as ReviewerView[];
}

export function ensureReviewer(db: Database.Database, name: string, now: string): number {
  const found = sql(db, 'SELECT id FROM reviewer WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(sql(db, 'INSERT INTO reviewer (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid);
}

export function ensureJudge(db: Database.Database, name: string, now: string): number {
  const found = sql(db, 'SELECT id FROM judge WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(sql(db, 'INSERT INTO judge (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid);
}

export interface NewLabel extends LabelValue {
  itemId: number;
  judgeId: number;
  reviewerId: number;
  action: StoredLabelAction;
  rationale: string | null;
  tags: string[];
  blind: LabelValue | null;
  judgmentId: number | null;
  sessionId: number | null;
  /** Identity across workspaces; a fresh one for labels made here. */
  uid?: string;
  /**
   * The label whose state came before this one: by default the reviewer's latest; an undo restores
   * an older state and passes that state's own predecessor, so undoing again goes further back.
   */
  supersedes?: number | null;
  source?: string | null;
  createdAt: string;
}

/** Appends a label, superseding the reviewer's latest on the same item and judge; null if its uid is known. */
export function appendLabel(db: Database.Database, label: NewLabel): number | null {
  // The label it supersedes: the caller's, or else the reviewer's latest (looked up only then).
  const supersedes =
    label.supersedes !== undefined
      ? label.supersedes
      : ((
          sql(
            db,
            `SELECT id FROM label WHERE item_id = ? AND judge_id = ? AND reviewer_id = ? ORDER BY created_at DESC, id DESC LIMIT 1`,
          ).get(label.itemId, label.judgeId, label.reviewerId) as { id: number } | undefined
        )?.id ?? null);
  const result = sql(
    db,
    `INSERT INTO label (item_id, judge_id, reviewer_id, judgment_id, session_id, action, score, label, pass,
                        rationale, tags, blind, blind_score, blind_label, blind_pass, supersedes_id, source,
                        source_key, created_at)
     VALUES (@itemId, @judgeId, @reviewerId, @judgmentId, @sessionId, @action, @score, @label, @pass, @rationale,
             @tags, @blind, @blindScore, @blindLabel, @blindPass, @supersedes, @source, @uid, @createdAt)
     ON CONFLICT (source_key) DO NOTHING`,
  ).run({
    itemId: label.itemId,
    judgeId: label.judgeId,
    reviewerId: label.reviewerId,
    judgmentId: label.judgmentId,
    sessionId: label.sessionId,
    action: label.action,
    score: label.score,
    label: label.label,
    pass: label.pass === null ? null : label.pass ? 1 : 0,
    rationale: label.rationale,
    tags: JSON.stringify(label.tags),
    blind: label.blind ? 1 : 0,
    blindScore: label.blind?.score ?? null,
    blindLabel: label.blind?.label ?? null,
    blindPass: label.blind?.pass === undefined || label.blind.pass === null ? null : label.blind.pass ? 1 : 0,
    supersedes,
    source: label.source ?? null,
    uid: label.uid ?? `label:${randomUUID()}`,
    createdAt: label.createdAt,
  });
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

/** Labels for a pack, oldest first, each named by dataset, item key, judge and reviewer. */
export function labelsForPack(db: Database.Database, filter: { reviewer?: string; datasetId?: number }): PackedLabel[] {
  const rows = sql(
    db,
    `${LABEL_SELECT.replace('FROM label l', ', l.source_key, i.key AS item, d.name AS dataset FROM label l')}
       JOIN item i ON i.id = l.item_id JOIN dataset d ON d.id = i.dataset_id
      WHERE (@reviewer IS NULL OR rv.name = @reviewer) AND (@datasetId IS NULL OR d.id = @datasetId)
      ORDER BY l.created_at, l.id`,
  ).all({ reviewer: filter.reviewer ?? null, datasetId: filter.datasetId ?? null }) as (LabelRow & {
    source_key: string;
    item: string;
    dataset: string;
  })[];
  return rows.map((row) => {
    const view = toView(row);
    return {
      uid: row.source_key,
      dataset: row.dataset,
      item: row.item,
      judge: view.judge,
      reviewer: view.reviewer,
      action: view.action,
      score: view.score,
      label: view.label,
      pass: view.pass,
      rationale: view.rationale,
      tags: view.tags,
      blind: view.blind,
      createdAt: view.createdAt,
    };
  });
}

/** A reviewer's latest label on an item and judge (retractions included). */
export function latestLabel(
  db: Database.Database,
  itemId: number,
  judgeId: number,
  reviewerId: number,
): LabelView | null {
  const row = sql(
    db,
    `${LABEL_SELECT} WHERE l.item_id = ? AND l.judge_id = ? AND l.reviewer_id = ? ORDER BY l.id DESC LIMIT 1`,
  ).get(itemId, judgeId, reviewerId) as LabelRow | undefined;
  return row ? toView(row) : null;
}

export interface LabelIdentity {
  itemId: number;
  judgeId: number;
  reviewerId: number;
}

export function labelIdentity(db: Database.Database, labelId: number): LabelIdentity | null {
  return (
    (sql(db, 'SELECT item_id AS itemId, judge_id AS judgeId, reviewer_id AS reviewerId FROM label WHERE id = ?').get(
      labelId,
    ) as LabelIdentity | undefined) ?? null
  );
}

/** A judgment's verdict value, when the judgment is on this item. */
export function judgmentValue(db: Database.Database, judgmentId: number, itemId: number): LabelValue | null {
  const row = sql(db, 'SELECT score, label, pass FROM judgment WHERE id = ? AND item_id = ?').get(
    judgmentId,
    itemId,
  ) as { score: number | null; label: string | null; pass: number | null } | undefined;
  return row ? { score: row.score, label: row.label, pass: bool(row.pass) } : null;
}

/**
 * Items and judges of a dataset that two or more reviewers rated (latest confirm or override each),
 * with every label there and the latest adjudication. Whether they differ is the caller's to say:
 * equal verdicts can be stored differently (older labels, imported ones).
 */
export function labelledByMany(
  db: Database.Database,
  datasetId: number,
  judge: string | undefined,
): { itemId: number; key: string; judge: string; labels: LabelView[]; resolution: LabelView | null }[] {
  const rows = sql(
    db,
    `WITH latest AS (
       SELECT l.*, row_number() OVER (PARTITION BY l.item_id, l.judge_id, l.reviewer_id ORDER BY l.id DESC) AS rank
         FROM label l JOIN item i ON i.id = l.item_id WHERE i.dataset_id = @datasetId AND coalesce(l.source, '') <> 'adjudication'
     )
     SELECT latest.item_id, latest.judge_id, i.key FROM latest JOIN item i ON i.id = latest.item_id
      WHERE rank = 1 AND action IN ('confirm', 'override')
        AND (@judge IS NULL OR judge_id = (SELECT id FROM judge WHERE name = @judge))
      GROUP BY latest.item_id, judge_id
     HAVING count(*) > 1
      ORDER BY latest.item_id`,
  ).all({ datasetId, judge: judge ?? null }) as { item_id: number; judge_id: number; key: string }[];
  return rows.map((row) => {
    const all = (
      sql(db, `${LABEL_SELECT} WHERE l.item_id = ? AND l.judge_id = ? ORDER BY l.id`).all(
        row.item_id,
        row.judge_id,
      ) as LabelRow[]
    ).map(toView);
    const latestByReviewer = new Map<string, LabelView>();
    let resolution: LabelView | null = null;
    for (const label of all) {
      if (label.source === 'adjudication') resolution = label;
      else latestByReviewer.set(label.reviewer, label);
    }
    return {
      itemId: row.item_id,
      key: row.key,
      judge: all[0]!.judge,
      labels: [...latestByReviewer.values()].filter((l) => l.action === 'confirm' || l.action === 'override'),
      resolution,
    };
  });
}

export function reviewerIdByName(db: Database.Database, name: string): number | null {
  return (sql(db, 'SELECT id FROM reviewer WHERE name = ?').get(name) as { id: number } | undefined)?.id ?? null;
}

/** How often each audit tag is on the judge's latest labels of these items, most frequent first. */
export function auditTagCounts(
  db: Database.Database,
  judge: string,
  itemIds: readonly number[],
): { tag: string; count: number }[] {
  return sql(
    db,
    `SELECT t.value AS tag, count(*) AS count
       FROM latest_label l JOIN judge j ON j.id = l.judge_id, json_each(l.tags) t
      WHERE j.name = ? AND l.item_id IN (SELECT value FROM json_each(?))
      GROUP BY t.value ORDER BY count DESC, t.value`,
  ).all(judge, JSON.stringify(itemIds)) as { tag: string; count: number }[];
}
