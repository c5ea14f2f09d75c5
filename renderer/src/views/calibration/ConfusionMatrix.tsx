// One confusion matrix as a grid of buttons: the count in each, shaded by it, named for screen readers
// ("3 items: judge pass, humans fail"), and opening its items in the review queue. Arrow keys move
// between the cells as in a spreadsheet (empty ones are skipped); Tab still passes through them.
import type { CSSProperties, KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ConfusionCell } from '../../../../shared/calibration';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { cellDescription, confusionGrid, type GridCell } from './confusion';

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Focuses the next cell with items from the focused one in the arrow's direction. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const step = STEPS[event.key];
  const from = document.activeElement;
  if (!step || !(from instanceof HTMLButtonElement) || from.dataset.row === undefined) return;
  const cells = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-row]')];
  const cellAt = (row: number, col: number) =>
    cells.find((cell) => Number(cell.dataset.row) === row && Number(cell.dataset.col) === col);
  let [row, col] = [Number(from.dataset.row), Number(from.dataset.col)];
  for (;;) {
    [row, col] = [row + step[0], col + step[1]];
    const next = cellAt(row, col);
    if (!next) return;
    if (!next.disabled) {
      event.preventDefault();
      next.focus();
      return;
    }
  }
}

interface Props {
  title: string;
  kind: 'pass-fail' | 'values';
  values: string[];
  cells: ConfusionCell[];
}

export function ConfusionMatrix({ title, kind, values, cells }: Props) {
  const { openItems, judge } = useGavel(
    useShallow((s) => ({ openItems: s.openCalibrationItems, judge: s.calibration.judge })),
  );
  const grid = confusionGrid(values, cells);
  const open = (cell: GridCell) => void openItems(cell.items, `${judge ?? 'judge'}: ${cellDescription(cell)}`);

  return (
    <table className="confusion" data-testid="confusion-matrix" data-kind={kind} onKeyDown={moveFocus}>
      <caption>
        {title} <span className="muted small">({plural(grid.total, 'item')})</span>
      </caption>
      <thead>
        <tr>
          <td />
          <th scope="colgroup" colSpan={values.length} className="confusion-axis">
            Judge
          </th>
        </tr>
        <tr>
          <th scope="col" className="confusion-axis">
            Humans
          </th>
          {values.map((value) => (
            <th key={value} scope="col">
              {value}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, at) => (
          <tr key={values[at]}>
            <th scope="row">{values[at]}</th>
            {row.map((cell, col) => (
              <td key={cell.judge}>
                <button
                  type="button"
                  className={cell.agrees ? 'confusion-cell agrees' : 'confusion-cell disagrees'}
                  style={{ '--intensity': cell.intensity } as CSSProperties}
                  data-testid="confusion-cell"
                  data-judge={cell.judge}
                  data-human={cell.human}
                  data-count={cell.items.length}
                  data-row={at}
                  data-col={col}
                  aria-label={`${plural(cell.items.length, 'item')}: ${cellDescription(cell)}`}
                  disabled={cell.items.length === 0}
                  onClick={() => open(cell)}
                >
                  {cell.items.length}
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
