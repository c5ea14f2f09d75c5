// The review queue: a dataset's (or a session's) items with each judge's latest verdict and the
// reviewer's own latest labels, filtered and counted in SQL so a 100,000-item queue stays fast.
import type Database from 'better-sqlite3';
import type { QueueCounts, QueueFilter, QueueRow, QueueStatus } from '../../../shared/review';
import { sql } from '../statement-cache';
import { groupBy } from '../../../shared/group-by';
import { judgeIdByName } from './judges';

const CELL_CHARS = 200;

/**
 * A label `a` and a verdict `v` give different answers: scores differ, or labels (a yes/no, a
 * category) differ; a pass is compared only where one side stores its yes/no as a pass alone. Labels
 * are stored in one form (see shared/verdict-value.ts), so a confirm and an override to the same
 * value never differ here.
 */
const DIFFERENT_VERDICT = `(a.score IS NOT v.score
   OR (a.label IS NOT v.label AND ((a.label IS NOT NULL AND v.label IS NOT NULL) OR a.pass IS NOT v.pass)))`;

/**
 * Per item: flags for each queue status, from the trigger-maintained `latest_verdict` (each judge's
 * newest finished judgment) and `latest_label` (each reviewer's newest label) tables, so a filter
 * change over 100,000 items is index lookups rather than a ranking of every judgment and label.
 * Each flag is membership in a set SQLite builds once per query (an uncorrelated IN), not a
 * subquery per item: the sets are as small as the labels, and errors are few.
 */
const FLAGS = `
      s.id IN (SELECT item_id FROM latest_label WHERE reviewer_id = @reviewerId AND action <> 'retract') AS reviewed,
      s.id IN (SELECT item_id FROM latest_label WHERE action = 'flag') AS flagged,
      s.id IN (SELECT item_id FROM latest_verdict WHERE status = 'error') AS errors,
      s.id IN (SELECT a.item_id FROM latest_label a JOIN latest_verdict v
                 ON v.item_id = a.item_id AND v.judge_id = a.judge_id AND v.status = 'done'
                WHERE a.action IN ('confirm', 'override')
                  AND ${DIFFERENT_VERDICT}) AS disagreement`;

/** A verdict of the filter's judge (any judge when none is chosen) meeting a condition. */
const verdictWhere = (condition: string) =>
  `EXISTS (SELECT 1 FROM latest_verdict v WHERE v.item_id = s.id
             AND (@judgeId IS NULL OR v.judge_id = @judgeId) AND ${condition})`;

/**
 * Only the filters in use become SQL: an unused `@search IS NULL OR …` still makes SQLite read every
 * item's text, where without it a count over 100,000 items stays within the dataset's key index.
 */
const FILTERS: { active: (query: QueueQuery) => boolean; condition: string }[] = [
  {
    active: (q) => Boolean(q.filter.search?.trim()),
    condition: `(s.request LIKE @search ESCAPE '\\' OR s.response LIKE @search ESCAPE '\\'
                 OR s.expected_response LIKE @search ESCAPE '\\')`,
  },
  { active: (q) => q.filter.scoreMin !== null, condition: verdictWhere('v.score >= @scoreMin') },
  { active: (q) => q.filter.scoreMax !== null, condition: verdictWhere('v.score <= @scoreMax') },
  { active: (q) => q.filter.pass !== null, condition: verdictWhere('v.pass = @pass') },
  {
    active: (q) => q.filter.tag !== null,
    condition: `EXISTS (SELECT 1 FROM latest_label a, json_each(a.tags) t WHERE a.item_id = s.id AND t.value = @tag)`,
  },
  { active: (q) => q.filter.items !== null, condition: `s.id IN (SELECT value FROM json_each(@items))` },
];

function factsSql(query: QueueQuery, { sortScore }: { sortScore: boolean }): string {
  const session = query.sessionId !== null;
  const searching = FILTERS[0]!.active(query);
  const scope = `
    SELECT i.id, i.key${searching ? ', i.request, i.response, i.expected_response' : ''},
           ${session ? 'si.position' : 'i.id'} AS position
      FROM item i ${session ? 'JOIN session_item si ON si.item_id = i.id AND si.session_id = @sessionId' : ''}
     WHERE i.dataset_id = @datasetId`;
  const where = FILTERS.filter((f) => f.active(query)).map((f) => f.condition);
  const score = sortScore
    ? `, (SELECT min(v.score) FROM latest_verdict v WHERE v.item_id = s.id
           AND (@judgeId IS NULL OR v.judge_id = @judgeId)) AS sort_score`
    : '';
  return `
  WITH scope AS (${scope}),
  facts AS (
    SELECT s.id, s.key, s.position, ${FLAGS}${score}
      FROM scope s
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
  )`;
}

const STATUS_CONDITION: Record<QueueStatus, string> = {
  all: '1',
  unreviewed: 'NOT reviewed',
  reviewed_by_me: 'reviewed',
  disagreement: 'disagreement',
  flagged: 'flagged',
  errors: 'errors',
};

const ORDER = {
  dataset: 'position',
  key: 'key',
  // NULLS LAST rather than a `sort_score IS NULL` term: that would evaluate the score subquery twice.
  score_asc: 'sort_score ASC NULLS LAST, position',
  score_desc: 'sort_score DESC NULLS LAST, position',
} as const;

export interface QueueQuery {
  datasetId: number;
  reviewerId: number | null;
  sessionId: number | null;
  judgeId: number | null;
  filter: QueueFilter;
  sort: keyof typeof ORDER;
  offset: number;
  limit: number;
}

function parameters(query: QueueQuery) {
  const { filter } = query;
  return {
    datasetId: query.datasetId,
    reviewerId: query.reviewerId ?? -1,
    sessionId: query.sessionId,
    judgeId: query.judgeId,
    search: filter.search?.trim() ? `%${filter.search.trim().replace(/[%_]/g, (c) => `\\${c}`)}%` : null,
    scoreMin: filter.scoreMin,
    scoreMax: filter.scoreMax,
    pass: filter.pass === null ? null : filter.pass ? 1 : 0,
    tag: filter.tag,
    // A JSON array bound as one parameter: the statement stays cached whatever the list's length.
    items: filter.items === null ? null : JSON.stringify(filter.items),
  };
}

/**
 * What the counts depend on: not the status tab, the order or the page, and the judge only when a
 * verdict filter uses it. Sorting, paging and switching tabs then reuse the counts they already have.
 */
function countsKey(query: QueueQuery): string {
  const { status: _status, ...filter } = query.filter;
  const judgeMatters = filter.scoreMin !== null || filter.scoreMax !== null || filter.pass !== null;
  return JSON.stringify([
    query.datasetId,
    query.reviewerId,
    query.sessionId,
    judgeMatters ? query.judgeId : null,
    filter,
  ]);
}

/** Counts per connection, valid while nothing was written (by any connection) since they were read. */
const countsCache = new WeakMap<Database.Database, { stamp: string; byKey: Map<string, QueueCounts> }>();
const COUNTS_KEPT = 16;

/** A stamp that changes with every commit: `data_version` for other connections', `total_changes()` for its own. */
function writeStamp(db: Database.Database): string {
  const { version, changes } = sql(
    db,
    'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes',
  ).get() as {
    version: number;
    changes: number;
  };
  return `${version}:${changes}`;
}

export function queueCounts(db: Database.Database, query: QueueQuery): QueueCounts {
  const stamp = writeStamp(db);
  let cached = countsCache.get(db);
  if (cached?.stamp !== stamp) {
    cached = { stamp, byKey: new Map() };
    countsCache.set(db, cached);
  }
  const key = countsKey(query);
  const known = cached.byKey.get(key);
  if (known) return known;
  const counts = sql(
    db,
    `${factsSql(query, { sortScore: false })} SELECT count(*) AS "all", coalesce(sum(NOT reviewed), 0) AS unreviewed, coalesce(sum(reviewed), 0) AS reviewed_by_me,
       coalesce(sum(disagreement), 0) AS disagreement, coalesce(sum(flagged), 0) AS flagged, coalesce(sum(errors), 0) AS errors
       FROM facts`,
  ).get(parameters(query)) as QueueCounts;
  if (cached.byKey.size >= COUNTS_KEPT) cached.byKey.delete(cached.byKey.keys().next().value!);
  cached.byKey.set(key, counts);
  return counts;
}

export function queueRows(db: Database.Database, query: QueueQuery): QueueRow[] {
  const rows = sql(
    db,
    `${factsSql(query, { sortScore: query.sort.startsWith('score') })}
     SELECT id, key, flagged FROM facts
      WHERE ${STATUS_CONDITION[query.filter.status]} ORDER BY ${ORDER[query.sort]} LIMIT @limit OFFSET @offset`,
  ).all({ ...parameters(query), limit: query.limit, offset: query.offset }) as {
    id: number;
    key: string;
    flagged: number;
  }[];
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  // Only the page reads its requests: sorting 100,000 items by score then moves ids, not their text.
  const requests = new Map(
    (
      sql(
        db,
        `SELECT id, substr(request, 1, ${CELL_CHARS}) AS request FROM item WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(ids) as { id: number; request: string | null }[]
    ).map((row) => [row.id, row.request]),
  );
  // The page's latest verdicts and my latest labels, from the tables that keep them current.
  const verdicts = groupBy(
    sql(
      db,
      `SELECT v.item_id, j.name AS judge, v.score, v.label, v.pass, v.status
         FROM latest_verdict v JOIN judge j ON j.id = v.judge_id
        WHERE v.item_id IN (SELECT value FROM json_each(?))`,
    ).all(ids) as {
      item_id: number;
      judge: string;
      score: number | null;
      label: string | null;
      pass: number | null;
      status: string;
    }[],
    (verdict) => verdict.item_id,
  );
  const mine = groupBy(
    sql(
      db,
      `SELECT l.item_id, j.name AS judge, l.action, l.score, l.label, l.pass
         FROM latest_label l JOIN judge j ON j.id = l.judge_id
        WHERE l.item_id IN (SELECT value FROM json_each(?)) AND l.reviewer_id = ? AND l.action <> 'retract'`,
    ).all(ids, query.reviewerId ?? -1) as {
      item_id: number;
      judge: string;
      action: QueueRow['mine'][string]['action'];
      score: number | null;
      label: string | null;
      pass: number | null;
    }[],
    (label) => label.item_id,
  );
  const bool = (value: number | null) => (value === null ? null : value === 1);
  return rows.map((row) => ({
    itemId: row.id,
    key: row.key,
    request: requests.get(row.id) ?? null,
    verdicts: Object.fromEntries(
      (verdicts.get(row.id) ?? []).map((v) => [
        v.judge,
        { score: v.score, label: v.label, pass: bool(v.pass), status: v.status },
      ]),
    ),
    mine: Object.fromEntries(
      (mine.get(row.id) ?? []).map((l) => [
        l.judge,
        { action: l.action, score: l.score, label: l.label, pass: bool(l.pass) },
      ]),
    ),
    flagged: row.flagged === 1,
  }));
}

/** Ids of the items of a dataset that match a filter, in dataset order (no reviewer: run and session selection). */
export function itemsMatching(db: Database.Database, datasetId: number, filter: QueueFilter): number[] {
  const query: QueueQuery = {
    datasetId,
    reviewerId: null,
    sessionId: null,
    judgeId: judgeIdByName(db, filter.judge),
    filter,
    sort: 'dataset',
    offset: 0,
    limit: 0,
  };
  const rows = sql(
    db,
    `${factsSql(query, { sortScore: false })} SELECT id FROM facts WHERE ${STATUS_CONDITION[filter.status]} ORDER BY position`,
  ).all(parameters(query)) as { id: number }[];
  return rows.map((row) => row.id);
}
