// One confusion matrix as a grid of buttons: the count in each, shaded by it, named for screen readers
// ("3 items: judge pass, humans fail"), and opening its items in the review queue.
import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ConfusionCell } from '../../../../shared/calibration';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { cellDescription, confusionGrid, type GridCell } from './confusion';

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
    <table className="confusion" data-testid="confusion-matrix" data-kind={kind}>
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
            {row.map((cell) => (
              <td key={cell.judge}>
                <button
                  type="button"
                  className={cell.agrees ? 'confusion-cell agrees' : 'confusion-cell disagrees'}
                  style={{ '--intensity': cell.intensity } as CSSProperties}
                  data-testid="confusion-cell"
                  data-judge={cell.judge}
                  data-human={cell.human}
                  data-count={cell.items.length}
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
