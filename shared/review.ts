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
  action: LabelAction;
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
