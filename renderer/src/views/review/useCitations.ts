// The justification audit of one judge's verdict on the item, while the audit is on: the verdict
// card lists the citations, the item's fields mark where the focused judge's ones were found.
import { useMemo } from 'react';
import type { ItemDetail, JudgmentView } from '../../../../shared/domain';
import { auditJustification } from '../../audit/item-audit';
import type { Citation } from '../../audit/locate-quotes';

// The item panel and the focused verdict card both ask for the same audit: locate its quotes once
// per item and justification. Keyed on the item object, so a reloaded item is audited afresh.
const audits = new WeakMap<ItemDetail, Map<string, Citation[]>>();

function citationsOf(item: ItemDetail, justification: string): Citation[] {
  let byJustification = audits.get(item);
  if (!byJustification) {
    byJustification = new Map();
    audits.set(item, byJustification);
  }
  let citations = byJustification.get(justification);
  if (!citations) {
    citations = auditJustification(justification, item);
    byJustification.set(justification, citations);
  }
  return citations;
}

/** Null while the audit is off or the judge gave no justification. */
export function useCitations(item: ItemDetail | null, judgment: JudgmentView | undefined, on: boolean) {
  const justification = judgment?.justification ?? null;
  return useMemo<Citation[] | null>(
    () => (on && item && justification !== null ? citationsOf(item, justification) : null),
    [on, item, justification],
  );
}
