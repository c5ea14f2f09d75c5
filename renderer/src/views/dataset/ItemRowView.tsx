// One table row, or a placeholder while its page is on the way.
import { memo } from 'react';
import type { ItemRow } from '../../../../shared/domain';
import { compactVerdict, verdictTone } from '../../format/verdict';
import { singleLine } from '../../format/text';
import { ROW_HEIGHT } from './table-layout';

interface Props {
  row: ItemRow | undefined;
  index: number;
  judges: string[];
  selected: boolean;
  /** Offset from the top of the table, from the virtualizer. */
  top: number;
  gridTemplateColumns: string;
  onActivate(index: number, row: ItemRow): void;
}

function TextCell({ text }: { text: string | null }) {
  const line = singleLine(text);
  return (
    <div className="cell" role="gridcell" title={line}>
      {line}
    </div>
  );
}

export const ItemRowView = memo(function ItemRowView(props: Props) {
  const { row, index, judges, selected, top, gridTemplateColumns, onActivate } = props;
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT, gridTemplateColumns };
  if (!row) {
    return (
      <div className="grid-row placeholder" role="row" aria-rowindex={index + 2} style={style}>
        <div className="cell" role="gridcell">
          <span className="skeleton" />
        </div>
      </div>
    );
  }
  return (
    <div
      id={`item-row-${index}`}
      className={selected ? 'grid-row selected' : 'grid-row'}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="item-row"
      data-key={row.key}
      style={style}
      onClick={() => onActivate(index, row)}
    >
      <div className="cell key" role="gridcell" title={row.key}>
        {row.key}
      </div>
      <TextCell text={row.request} />
      <TextCell text={row.response} />
      <TextCell text={row.expected_response} />
      {judges.map((judge) => {
        const verdict = row.verdicts[judge];
        const text = compactVerdict(verdict);
        return (
          <div
            key={judge}
            className={`cell verdict tone-${verdictTone(verdict)}`}
            role="gridcell"
            data-testid="verdict-cell"
            data-judge={judge}
            title={`${judge}: ${text || 'no verdict'}`}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
