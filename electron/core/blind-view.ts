// Blind sessions, enforced where the data leaves the core: until a reviewer has rated an item on a
// judge of a blind session, every API answer withholds that judge's score, verdict, justification,
// raw reply and per-chunk verdicts on the item, and other reviewers' labels on it (a confirm copies
// the verdict; rationales and audit tags describe it). Filters and orderings by verdict are refused
// where any verdict is withheld, since the order or the matches would reveal them.
import type Database from 'better-sqlite3';
import type { ItemDetail, JudgmentView, LabelView, VerdictCell } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import type { QueueCounts, QueueFilter } from '../../shared/review';
import { anyWithheld, withheldJudges } from '../db/queries/blind';
import type { Caller } from './caller';

/**
 * Who is looking: a reviewer's link decides it (browser mode); the owner's calls (the desktop app,
 * the CLI, the owner's link) look as the reviewer they name on the desk, and a call that names none
 * sees everything.
 */
export function viewerOf(input: { reviewer?: string | undefined }, caller: Caller): string | null {
  return caller.role === 'reviewer' ? caller.reviewer : (input.reviewer ?? null);
}

const WITHHELD_VALUE = { score: null, label: null, pass: null } as const;

function withholdJudgment(judgment: JudgmentView): JudgmentView {
  return { ...judgment, ...WITHHELD_VALUE, justification: null, raw: null, chunks: null };
}

function withholdLabel(label: LabelView): LabelView {
  return { ...label, ...WITHHELD_VALUE, rationale: null, tags: [], blind: null };
}

/** Another reviewer's label on a withheld judge tells its verdict; the viewer's own never does. */
function labelsFor(labels: LabelView[], withheld: ReadonlySet<string>, viewer: string | null): LabelView[] {
  return labels.map((label) => (withheld.has(label.judge) && label.reviewer !== viewer ? withholdLabel(label) : label));
}

export function itemForViewer(db: Database.Database, item: ItemDetail, viewer: string | null): ItemDetail {
  if (viewer === null) return item;
  const withheld = withheldJudges(db, [item.id], viewer).get(item.id);
  if (!withheld) return item;
  return {
    ...item,
    // The row as read from the file holds the imported verdicts and rationales in its columns.
    sourceRow: null,
    judgments: item.judgments.map((j) => (withheld.has(j.judge) ? withholdJudgment(j) : j)),
    labels: labelsFor(item.labels, withheld, viewer),
  };
}

export function historyForViewer(
  db: Database.Database,
  itemId: number,
  labels: LabelView[],
  viewer: string | null,
): LabelView[] {
  const withheld = viewer === null ? undefined : withheldJudges(db, [itemId], viewer).get(itemId);
  return withheld ? labelsFor(labels, withheld, viewer) : labels;
}

/** Rows with a verdict cell per judge (items.page, review.queue), the withheld cells emptied. */
export function rowsForViewer<
  Cell extends Pick<VerdictCell, 'score' | 'label' | 'pass'>,
  Row extends { verdicts: Record<string, Cell> },
>(db: Database.Database, rows: Row[], idOf: (row: Row) => number, viewer: string | null): Row[] {
  if (viewer === null) return rows;
  const withheld = withheldJudges(db, rows.map(idOf), viewer);
  return rows.map((row) => {
    const judges = withheld.get(idOf(row));
    if (!judges) return row;
    const verdicts = Object.fromEntries(
      Object.entries(row.verdicts).map(([judge, cell]) => [
        judge,
        judges.has(judge) ? { ...cell, ...WITHHELD_VALUE } : cell,
      ]),
    );
    return { ...row, verdicts };
  });
}

/**
 * Refuses a queue request whose filter or order depends on verdicts the viewer may not see yet.
 * Returns whether verdicts are withheld in this scope (the disagreement count then reads 0).
 */
export function checkQueueRequest(
  db: Database.Database,
  scope: { datasetId: number; sessionId: number | null },
  request: { filter: QueueFilter; sort: string },
  viewer: string | null,
): boolean {
  if (viewer === null || !anyWithheld(db, scope, viewer)) return false;
  const { filter, sort } = request;
  const byVerdict = [
    filter.scoreMin !== null && 'a minimum score',
    filter.scoreMax !== null && 'a maximum score',
    filter.pass !== null && 'pass / fail',
    filter.status === 'disagreement' && 'disagreements with the judge',
    // Audit tags describe verdicts (other reviewers' tags included).
    filter.tag !== null && 'an audit tag',
    sort.startsWith('score') && 'ordering by score',
  ].filter(Boolean);
  if (byVerdict.length > 0) {
    throw new GavelError(
      'INVALID_INPUT',
      `This review is blind: ${byVerdict.join(', ')} would reveal the judges' verdicts before you rate the items. ` +
        'Rate the items first, or clear that filter and order by dataset or key.',
    );
  }
  return true;
}

/** In a blind scope, other reviewers' disagreements with the judge are not counted: they would reveal it. */
export const blindCounts = (counts: QueueCounts): QueueCounts => ({ ...counts, disagreement: 0 });
