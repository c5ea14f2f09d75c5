// The first rows as Gavel will store them, so a wrong mapping shows before anything is imported.
import type { ImportPreview } from '../../../../shared/contract';
import { plural, singleLine } from '../../format/text';
import { answerBy, answerModels } from './preview-answers';

const PREVIEW_TEXT_LENGTH = 120;

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { rows, rowsRead, complete } = preview;
  const models = answerModels(rows);
  return (
    <div className="preview">
      <h3>Preview — {complete ? `all ${plural(rowsRead, 'row')}` : `first ${plural(rows.length, 'row')}`}</h3>
      <div className="preview-scroll">
        <table className="list-table compact" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Request</th>
              <th scope="col">Response</th>
              {models.map((model) => (
                <th key={model} scope="col" data-testid="import-preview-answer-model">
                  Answer · {model}
                </th>
              ))}
              <th scope="col">Expected response</th>
              <th scope="col" className="number">
                Verdicts
              </th>
              <th scope="col" className="number">
                Labels
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} data-testid="import-preview-row">
                <td className="nowrap">{row.key}</td>
                <td>{singleLine(row.item.request, PREVIEW_TEXT_LENGTH)}</td>
                <td>{singleLine(row.item.response, PREVIEW_TEXT_LENGTH)}</td>
                {models.map((model) => (
                  <td key={model}>{singleLine(answerBy(row, model), PREVIEW_TEXT_LENGTH)}</td>
                ))}
                <td>{singleLine(row.item.expected_response, PREVIEW_TEXT_LENGTH)}</td>
                <td className="number">{row.verdicts}</td>
                <td className="number">{row.labels}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
