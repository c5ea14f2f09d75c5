// Names people read for the review desk's identifiers.
import type { AuditTag, QueueStatus, StoredLabelAction } from '../../../shared/review';

export const AUDIT_TAG_LABELS: Record<AuditTag, string> = {
  misread_context: 'Misread context',
  rubric_ambiguous: 'Rubric ambiguous',
  reference_wrong: 'Reference answer wrong',
  justification_contradicts_score: 'Justification contradicts score',
  cites_missing_evidence: 'Cites evidence not in the text',
  other: 'Other',
};

export const QUEUE_STATUS_LABELS: Record<QueueStatus, string> = {
  unreviewed: 'Unreviewed',
  reviewed_by_me: 'Reviewed by me',
  disagreement: 'Judge–human disagreement',
  flagged: 'Flagged',
  errors: 'Errors',
  all: 'All',
};

export const LABEL_ACTION_LABELS: Record<StoredLabelAction, string> = {
  confirm: 'Confirmed',
  override: 'Overrode',
  skip: 'Skipped',
  flag: 'Flagged',
  retract: 'Took back',
};
