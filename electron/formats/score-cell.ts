// What a score cell holds, read the way the tools that write them mean it, and the scale a
// column's values imply when the file does not state one.
import type { OutputType } from '../../shared/domain';
import { PASS_FAIL, scale } from './verdicts';

export type ScoreCell =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; /** Written without a fraction (`4`, not `4.0`). */ whole: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'text'; value: string };

const EMPTY: ScoreCell = { kind: 'empty' };
/** How pandas, Python and spreadsheets write a missing score. */
const MISSING = new Set(['', 'nan', 'none', 'null', 'n/a', 'na', '#n/a']);
const TRUE = new Set(['true', 'yes', 'pass', 'passed']);
const FALSE = new Set(['false', 'no', 'fail', 'failed']);

/**
 * Reads one cell. `decimalComma` accepts `4,5` as 4.5 (files whose delimiter is `;`); a number is
 * never read from text that only starts like one.
 */
export function readScoreCell(value: unknown, decimalComma: boolean): ScoreCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number')
    return Number.isNaN(value) ? EMPTY : { kind: 'number', value, whole: Number.isInteger(value) };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value !== 'string') return { kind: 'text', value: JSON.stringify(value) };
  const text = value.trim();
  const lower = text.toLowerCase();
  if (MISSING.has(lower)) return EMPTY;
  if (TRUE.has(lower)) return { kind: 'bool', value: true };
  if (FALSE.has(lower)) return { kind: 'bool', value: false };
  const numeric = decimalComma && /^[-+]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(numeric)) {
    return { kind: 'number', value: Number(numeric), whole: /^[-+]?\d+$/.test(numeric) };
  }
  return { kind: 'text', value: text };
}

/** Scales people rate on, smallest first: a column's values get the first that holds them all. */
const COMMON_SCALES: readonly (readonly [number, number])[] = [
  [1, 5],
  [0, 5],
  [0, 10],
  [0, 100],
];

const MAX_CATEGORIES = 10;
const MAX_CATEGORY_LENGTH = 40;

/** A column's values seen so far, and the output type they imply. */
export class ColumnValues {
  private min = Infinity;
  private max = -Infinity;
  private onlyZeroOne = true;
  private bools = 0;
  private readonly texts = new Set<string>();

  add(cell: ScoreCell): void {
    switch (cell.kind) {
      case 'number':
        this.min = Math.min(this.min, cell.value);
        this.max = Math.max(this.max, cell.value);
        if (!cell.whole || (cell.value !== 0 && cell.value !== 1)) this.onlyZeroOne = false;
        break;
      case 'bool':
        this.bools++;
        break;
      case 'text':
        // Past MAX_CATEGORIES distinct texts the column is free text, never a scale: stop keeping them.
        if (this.texts.size <= MAX_CATEGORIES) this.texts.add(cell.value);
        break;
    }
  }

  /** No value in any row: a metric that was never computed. */
  get empty(): boolean {
    return this.min === Infinity && this.bools === 0 && this.texts.size === 0;
  }

  /** A handful of distinct short words: categories a rater picks from, not free-text comments. */
  get fewLabels(): boolean {
    if (this.texts.size === 0 || this.texts.size > MAX_CATEGORIES) return false;
    for (const text of this.texts) if (text.length > MAX_CATEGORY_LENGTH) return false;
    return true;
  }

  /** Numbers (or yes/no) only: what a judge's score column holds. */
  get numeric(): boolean {
    return this.texts.size === 0 && !this.empty;
  }

  /**
   * true/false or whole 0/1 → pass/fail; values within 0–1 → 0–1; else the first common scale
   * holding every value, or the whole-number range seen; text → the categories seen.
   */
  outputType(): OutputType {
    if (this.texts.size > 0) return { kind: 'categories', categories: [...this.texts].sort() };
    if (this.min === Infinity || this.onlyZeroOne) return PASS_FAIL;
    if (this.bools > 0) return PASS_FAIL;
    if (this.min >= 0 && this.max <= 1) return scale(0, 1);
    const common = COMMON_SCALES.find(([lo, hi]) => this.min >= lo && this.max <= hi);
    if (common) return scale(common[0], common[1]);
    const lo = Math.floor(this.min);
    return scale(lo, Math.max(Math.ceil(this.max), lo + 1));
  }
}
