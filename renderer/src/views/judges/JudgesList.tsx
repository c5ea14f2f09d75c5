// Saved judges with their latest version; click or Enter opens one in the editor.
import { useShallow } from 'zustand/react/shallow';
import type { JudgeSummary } from '../../../../shared/judging';
import { clickableRow } from '../../components/clickable-row';
import { EmptyState } from '../../components/EmptyState';
import { describeOutputType } from '../../format/verdict';
import { useGavel } from '../../store/store-context';

const KIND_LABELS: Record<JudgeSummary['latest']['kind'], string> = {
  llm: 'LLM',
  heuristic: 'Heuristic',
  imported: 'Imported verdicts',
};

export function JudgesList() {
  const { judges, loaded, openJudge } = useGavel(
    useShallow((s) => ({ judges: s.judges.list, loaded: s.judges.loaded, openJudge: s.openJudge })),
  );
  return (
    <div data-testid="judges-list">
      {loaded && judges.length === 0 && (
        <EmptyState title="No judges yet">
          <p>
            Create one from a template below, write a custom one, or import results that carry judge verdicts (MLflow,
            Databricks, Bedrock, promptfoo).
          </p>
        </EmptyState>
      )}
      {judges.length > 0 && (
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">Judge</th>
              <th scope="col" className="number">
                Versions
              </th>
              <th scope="col">Kind</th>
              <th scope="col">Model</th>
              <th scope="col">Output</th>
            </tr>
          </thead>
          <tbody>
            {judges.map((judge) => (
              <tr
                key={judge.id}
                {...clickableRow(() => void openJudge(judge.name))}
                data-testid="judge-row"
                data-judge-name={judge.name}
              >
                <td>
                  <span className="strong">{judge.name}</span>
                  {judge.description && <div className="muted small">{judge.description}</div>}
                </td>
                <td className="number">{judge.versions}</td>
                <td>{KIND_LABELS[judge.latest.kind]}</td>
                <td className="mono-cell">{judge.latest.model ?? '—'}</td>
                <td>{describeOutputType(judge.latest.outputType)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
