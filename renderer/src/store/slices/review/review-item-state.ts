// The review desk's item under review: its state, my draft per judge, and the slice's actions.
import type { ItemDetail, LabelView } from '../../../../../shared/domain';
import type { AuditTag, ItemResponses, LabelValue } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';

export interface JudgeDraft {
  /** My value on the judge's scale: an override, or in blind mode my rating. */
  value: LabelValue | null;
  rationale: string;
  tags: AuditTag[];
  /** Blind mode: my rating saved to reveal the verdict; null while it is hidden. */
  blindRating: LabelValue | null;
  saving: boolean;
  error: ApiError | null;
}

/** The label my last save stored: shown as saved only once the call returned ok. */
export interface SavedLabel {
  itemKey: string;
  label: LabelView;
}

export interface ReviewItemState {
  itemId: number | null;
  item: ItemDetail | null;
  loading: boolean;
  error: ApiError | null;
  history: LabelView[];
  /**
   * The candidate models' answers and the pairs a pairwise judge compared, for side by side; null
   * until asked for (on items with a pairwise verdict, or every item while side by side is on).
   */
  responses: ItemResponses | null;
  focusedJudge: string | null;
  drafts: Record<string, JudgeDraft>;
  /** Outlives moving to the next item, which confirm-and-move does at once. */
  lastSaved: SavedLabel | null;
  cheatsheetOpen: boolean;
  /** Side-by-side mode: kept from item to item, shown wherever an item has two answers. */
  sideBySide: boolean;
  /** The judge version whose verdict is shown, per judge switched away from its newest run. */
  versions: Record<string, number>;
  /** What `u` took back last, in words, for the status line. */
  undone: string | null;
}

export interface ReviewItemSlice {
  reviewItem: ReviewItemState;
  loadReviewItem(itemId: number): Promise<void>;
  closeReviewItem(): void;
  focusJudge(judge: string): void;
  nextJudge(): void;
  setDraftValue(judge: string, value: LabelValue): void;
  setDraftRationale(judge: string, rationale: string): void;
  toggleDraftTag(judge: string, tag: AuditTag): void;
  /**
   * Blind mode: saves my rating (the server then counts the item rated) and reads the item again,
   * which now carries the judge's verdict. Nothing hidden was ever on this side.
   */
  revealVerdict(judge: string): Promise<void>;
  /** Confirms the judge's verdict (blind: reveals, then keeps my rating), then moves on. */
  confirmVerdict(judge: string): Promise<void>;
  /** Saves my value as an override (blind: my revised rating), then moves on. */
  overrideVerdict(judge: string): Promise<void>;
  skipVerdict(judge: string): Promise<void>;
  flagVerdict(judge: string): Promise<void>;
  /** Takes back my latest label on any judge of the item, and says what it took back. */
  undoLabel(): Promise<void>;
  /** Shows this version's verdict of the judge (the label then records that version). */
  showVersion(judge: string, version: number): void;
  /** The focused judge's previous version; from the oldest, back to the newest. */
  olderVersion(): void;
  /**
   * Side by side: saves my preference (A, B or tie) on the pairwise judge, as a confirmation when it
   * is the judge's verdict and an override otherwise, then opens the next item. Blind: reveals first.
   * (Confirm, skip and flag work side by side as on the judge's card.)
   */
  preferVerdict(judge: string): Promise<void>;
  toggleCheatsheet(open?: boolean): void;
  toggleSideBySide(): Promise<void>;
}

export const emptyDraft: JudgeDraft = {
  value: null,
  rationale: '',
  tags: [],
  blindRating: null,
  saving: false,
  error: null,
};

export const closedItem: ReviewItemState = {
  itemId: null,
  item: null,
  loading: false,
  error: null,
  history: [],
  responses: null,
  focusedJudge: null,
  drafts: {},
  lastSaved: null,
  cheatsheetOpen: false,
  sideBySide: false,
  versions: {},
  undone: null,
};
