// What the import stored, and the way to it.
import { useShallow } from 'zustand/react/shallow';
import type { ImportSummary } from '../../../../shared/contract';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { ColumnUses } from './ColumnUses';

export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { openImport, closeImport, openDataset } = useGavel(
    useShallow((s) => ({ openImport: s.openImport, closeImport: s.closeImport, openDataset: s.openDataset })),
  );
  const facts: [string, string][] = [
    ['Items inserted', summary.inserted.toLocaleString()],
    ['Already there, unchanged', summary.unchanged.toLocaleString()],
    ['Judges', summary.judges.length > 0 ? summary.judges.join(', ') : 'none'],
    ['Judgments', summary.judgments.toLocaleString()],
    ['Failed judge calls', summary.errors.toLocaleString()],
    ['Labels', summary.labels.toLocaleString()],
    // Only files with two models' answers have any; the row would be noise for every other file.
    ...(summary.answers > 0 ? [['Model answers', summary.answers.toLocaleString()] as [string, string]] : []),
  ];
  const open = () => {
    closeImport();
    openDataset(summary.dataset.id);
  };

  return (
    <div className="import-summary" data-testid="import-summary">
      <p>
        Imported {plural(summary.rows, 'row')} into <span className="strong">{summary.dataset.name}</span>, which now
        has {plural(summary.dataset.items, 'item')}.
      </p>
      <dl className="facts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ColumnUses uses={summary.columnUses} />
      <div className="dialog-actions">
        <button type="button" onClick={openImport}>
          Import another file
        </button>
        <button type="button" onClick={closeImport}>
          Close
        </button>
        <button type="button" className="primary" data-testid="import-open-dataset" autoFocus onClick={open}>
          Open dataset
        </button>
      </div>
    </div>
  );
}
