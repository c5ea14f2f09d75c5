// What a verdict card can do, bound to its judge, so its parts take one prop instead of many.
import type { AuditTag, LabelValue } from '../../../../shared/review';
import type { GavelState } from '../../store/types';

export interface VerdictActions {
  setValue(value: LabelValue): void;
  setRationale(rationale: string): void;
  toggleTag(tag: AuditTag): void;
  reveal(): void;
  confirm(): void;
  override(): void;
  skip(): void;
  flag(): void;
  undo(): void;
  /** Side by side: saves my preference (A / B / tie) against the pairwise verdict. */
  prefer(): void;
}

export function verdictActions(state: GavelState, judge: string): VerdictActions {
  return {
    setValue: (value) => state.setDraftValue(judge, value),
    setRationale: (rationale) => state.setDraftRationale(judge, rationale),
    toggleTag: (tag) => state.toggleDraftTag(judge, tag),
    reveal: () => void state.revealVerdict(judge),
    confirm: () => void state.confirmVerdict(judge),
    override: () => void state.overrideVerdict(judge),
    skip: () => void state.skipVerdict(judge),
    flag: () => void state.flagVerdict(judge),
    undo: () => void state.undoLabel(),
    prefer: () => void state.preferVerdict(judge),
  };
}
