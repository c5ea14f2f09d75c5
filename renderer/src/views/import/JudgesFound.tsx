// Judge verdicts and human labels the file already carries.
import type { ImportPreview } from '../../../../shared/contract';
import { plural } from '../../format/text';
import { describeOutputType } from '../../format/verdict';
import { ColumnUses } from './ColumnUses';

export function JudgesFound({ preview }: { preview: ImportPreview }) {
  const { judges, labels, complete } = preview;
  const scope = complete ? '' : ' in the rows read so far';
  return (
    <div className="judges-found">
      <h3>Judges</h3>
      {judges.length === 0 ? (
        <p className="muted">No judge verdicts{scope}.</p>
      ) : (
        <ul className="judge-list" data-testid="import-judges">
          {judges.map((judge) => (
            <li key={`${judge.name}/${judge.version ?? ''}`}>
              <span className="strong">{judge.name}</span>
              {judge.version && <span className="muted"> {judge.version}</span>}
              <span className="muted"> · {describeOutputType(judge.outputType)}</span>
              <span> · {plural(judge.verdicts, 'verdict')}</span>
              {judge.errors > 0 && <span> ({plural(judge.errors, 'failed judge call')})</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {plural(labels, 'human label')}
        {scope}.
      </p>
      <ColumnUses uses={preview.columnUses} />
    </div>
  );
}
