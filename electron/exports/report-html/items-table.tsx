/** @jsxRuntime automatic @jsxImportSource react */
// One row per item: what it asked and answered, the judge's verdict and the humans' decision.
import type { OutputType } from '../../../shared/domain';
import type { ExportRow } from '../export-data';
import { valueName } from './values';

/** Long requests and responses are cut for the table; the Gavel JSONL export keeps them whole. */
const MAX_CHARS = 300;
const cut = (text: string | null) =>
  text === null ? '' : text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;

export function ItemsTable({ outputType, rows }: { outputType: OutputType; rows: ExportRow[] }) {
  return (
    <table className="items">
      <thead>
        <tr>
          <th scope="col">item</th>
          <th scope="col">request</th>
          <th scope="col">response</th>
          <th scope="col">judge</th>
          <th scope="col">justification</th>
          <th scope="col">humans</th>
          <th scope="col">rationale</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const agree = row.verdict.pass === row.human.pass;
          return (
            <tr key={row.itemId} className={agree ? 'agree' : 'disagree'}>
              <td>{row.key}</td>
              <td>{cut(row.item.request)}</td>
              <td>{cut(row.item.response)}</td>
              <td>{valueName(outputType, row.verdict)}</td>
              <td>{cut(row.verdict.justification)}</td>
              <td title={row.human.reviewers.join(', ')}>{valueName(outputType, row.human)}</td>
              <td>{cut(row.human.rationale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
