// The justification audit of one judge's verdict on the item, while the audit is on: the verdict
// card lists the citations, the item's fields mark where the focused judge's ones were found.
import { useMemo } from 'react';
import type { ItemDetail, JudgmentView } from '../../../../shared/domain';
import { auditJustification } from '../../audit/item-audit';
import type { Citation } from '../../audit/locate-quotes';

/** Null while the audit is off or the judge gave no justification. */
export function useCitations(item: ItemDetail | null, judgment: JudgmentView | undefined, on: boolean) {
  const justification = judgment?.justification ?? null;
  return useMemo<Citation[] | null>(
    () => (on && item && justification !== null ? auditJustification(justification, item) : null),
    [on, item, justification],
  );
}
