// The review desk's queue: who reviews, which dataset (and session), its filters, sort and page.
import type { LabelView } from '../../../../../shared/domain';
import type { QueueCounts, QueueFilter, QueueRow, SessionView } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';

export type QueueSort = 'dataset' | 'key' | 'score_asc' | 'score_desc';

export const QUEUE_PAGE_SIZE = 50;

export const NO_FILTER: QueueFilter = {
  status: 'all',
  judge: null,
  scoreMin: null,
  scoreMax: null,
  pass: null,
  tag: null,
  search: null,
  items: null,
};

export interface ReviewQueueState {
  reviewer: string | null;
  /** Reviewers this workspace knows, offered when choosing who I am. */
  knownReviewers: string[];
  reviewerError: ApiError | null;
  datasetId: number | null;
  session: SessionView | null;
  filter: QueueFilter;
  /** Where `filter.items` came from, in words (e.g. a confusion-matrix cell), while it is set. */
  itemsNote: string | null;
  /** What is typed in the search box; it reaches `filter.search` once typing pauses. */
  searchText: string;
  sort: QueueSort;
  offset: number;
  total: number;
  counts: QueueCounts | null;
  rows: QueueRow[];
  loading: boolean;
  error: ApiError | null;
  /** The row under review, in `rows`. */
  index: number | null;
}

export interface ReviewQueueSlice {
  reviewQueue: ReviewQueueState;
  loadKnownReviewers(): Promise<void>;
  chooseReviewer(name: string): Promise<void>;
  switchReviewer(): void;
  chooseReviewDataset(datasetId: number | null): Promise<void>;
  chooseReviewSession(sessionId: number | null): Promise<void>;
  /** Opens the Review view on a session, at the first item I have not finished. */
  openSession(sessionId: number): Promise<void>;
  /** Opens the Review desk on exactly these items of a dataset (`note` says where they come from). */
  openQueueItems(datasetId: number, itemIds: number[], judge: string | null, note: string): Promise<void>;
  setQueueFilter(changes: Partial<QueueFilter>): Promise<void>;
  setQueueSearch(text: string): void;
  setQueueSort(sort: QueueSort): Promise<void>;
  showQueuePage(offset: number): Promise<void>;
  reviewRow(index: number): void;
  moveItem(step: 1 | -1): Promise<void>;
  /** Shows a label I just gave (or took back) on its queue row at once. */
  noteLabel(itemId: number, judge: string, label: LabelView | null): void;
  /** After a label changed: re-reads the counts, this page's rows and the session's progress. */
  refreshQueue(): Promise<void>;
}

export const initialQueue: ReviewQueueState = {
  reviewer: null,
  knownReviewers: [],
  reviewerError: null,
  datasetId: null,
  session: null,
  filter: NO_FILTER,
  itemsNote: null,
  searchText: '',
  sort: 'dataset',
  offset: 0,
  total: 0,
  counts: null,
  rows: [],
  loading: false,
  error: null,
  index: null,
};
