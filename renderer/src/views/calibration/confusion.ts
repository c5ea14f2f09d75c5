// A confusion matrix as a grid: humans' values down, the judge's across, every cell present (empty
// ones at zero) and shaded by its share of the largest cell.
import type { ConfusionCell, ItemRef } from '../../../../shared/calibration';

export interface GridCell {
  judge: string;
  human: string;
  items: ItemRef[];
  /** 0..1: count over the largest cell's count. */
  intensity: number;
  agrees: boolean;
}

export interface ConfusionGrid {
  values: string[];
  rows: GridCell[][];
  total: number;
}

export const PASS_FAIL_VALUES = ['pass', 'fail'];

export function confusionGrid(values: string[], cells: ConfusionCell[]): ConfusionGrid {
  const largest = Math.max(1, ...cells.map((cell) => cell.items.length));
  const find = (judge: string, human: string) =>
    cells.find((cell) => cell.judge === judge && cell.human === human)?.items ?? [];
  const rows = values.map((human) =>
    values.map((judge) => {
      const items = find(judge, human);
      return { judge, human, items, intensity: items.length / largest, agrees: judge === human };
    }),
  );
  return { values, rows, total: cells.reduce((sum, cell) => sum + cell.items.length, 0) };
}

/** What a screen reader says for a cell, and what the queue says the cell was. */
export function cellDescription(cell: Pick<GridCell, 'judge' | 'human'>): string {
  return `judge ${cell.judge}, humans ${cell.human}`;
}
