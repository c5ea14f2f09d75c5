// What people said about this item: every label, newest last (labels are append-only history).
import type { JudgmentView, LabelView } from '../../../../shared/domain';
import { formatDate } from '../../format/text';
import { verdictOnScale } from '../../format/verdict';

export function LabelsTable({ labels, judgments }: { labels: LabelView[]; judgments: JudgmentView[] }) {
  const outputTypeOf = (judge: string) => judgments.find((judgment) => judgment.judge === judge)?.outputType ?? null;
  return (
    <div className="table-scroll">
      <table className="list-table compact">
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col">Judge</th>
            <th scope="col">Action</th>
            <th scope="col">Value</th>
            <th scope="col">Rationale</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label.id} data-testid="label-row" data-reviewer={label.reviewer}>
              <td>{label.reviewer}</td>
              <td>{label.judge}</td>
              <td>{label.action}</td>
              <td>{verdictOnScale(label, outputTypeOf(label.judge))}</td>
              <td className="wrap">{label.rationale ?? ''}</td>
              <td>{formatDate(label.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
