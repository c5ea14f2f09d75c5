// Human review: reviewers, labels and label packs, as both processes see them.

export const AUDIT_TAGS = [
  'misread_context',
  'rubric_ambiguous',
  'reference_wrong',
  'justification_contradicts_score',
  'cites_missing_evidence',
  'other',
] as const;
export type AuditTag = (typeof AUDIT_TAGS)[number];

export const LABEL_ACTIONS = ['confirm', 'override', 'skip', 'flag'] as const;
export type LabelAction = (typeof LABEL_ACTIONS)[number];
/** What a stored label can be: a reviewer's action, or the retraction an undo leaves in the history. */
export type StoredLabelAction = LabelAction | 'retract';

export interface ReviewerView {
  id: number;
  name: string;
  labels: number;
}

/** A verdict value on a judge's own scale: a score, a category label, or pass/fail. */
export interface LabelValue {
  score: number | null;
  label: string | null;
  pass: boolean | null;
}

/** One entry of a label pack: everything needed to merge it into another workspace. */
export interface PackedLabel extends LabelValue {
  /** Stable identity across workspaces: importing the same label twice adds it once. */
  uid: string;
  dataset: string;
  item: string;
  judge: string;
  reviewer: string;
  action: StoredLabelAction;
  rationale: string | null;
  tags: string[];
  blind: LabelValue | null;
  createdAt: string;
}

export interface LabelPack {
  format: 'gavel-labels';
  version: 1;
  exportedAt: string;
  labels: PackedLabel[];
}

export interface LabelImportSummary {
  labels: number;
  reviewers: string[];
  skipped: number;
}

export const QUEUE_STATUSES = ['all', 'unreviewed', 'reviewed_by_me', 'disagreement', 'flagged', 'errors'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueFilter {
  status: QueueStatus;
  /** Restrict the verdict filters (score range, pass) to this judge. */
  judge: string | null;
  scoreMin: number | null;
  scoreMax: number | null;
  pass: boolean | null;
  tag: string | null;
  /** Words to find in the request, response or expected response. */
  search: string | null;
}

export interface QueueRow {
  itemId: number;
  key: string;
  request: string | null;
  /** Latest verdict per judge. */
  verdicts: Record<string, { score: number | null; label: string | null; pass: boolean | null; status: string }>;
  /** The reviewer's own latest label per judge. */
  mine: Record<string, LabelValue & { action: LabelAction }>;
  flagged: boolean;
}

export type QueueCounts = Record<QueueStatus, number>;

export interface ReviewerProgress {
  reviewer: string;
  done: number;
  total: number;
}

export interface SessionView {
  id: number;
  name: string;
  datasetId: number;
  dataset: string;
  instructions: string;
  judges: string[];
  blind: boolean;
  requireRationale: boolean;
  reviewers: string[];
  items: number;
  progress: ReviewerProgress[];
  createdAt: string;
}

/** An item where the latest labels of two or more reviewers disagree on a judge. */
export interface Disagreement {
  itemId: number;
  key: string;
  judge: string;
  labels: { reviewer: string; value: LabelValue; rationale: string | null; createdAt: string }[];
  resolution: (LabelValue & { rationale: string | null; reviewer: string }) | null;
}
