// Judges known so far: those whose verdicts came in with imported datasets. Read-only for now.
import { useMemo } from 'react';
import type { DatasetSummary } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useGavel } from '../../store/store-context';

/** Judge name → names of the datasets carrying its verdicts, judges sorted by name. */
function judgesAcross(datasets: DatasetSummary[]): [string, string[]][] {
  const byJudge = new Map<string, string[]>();
  for (const dataset of datasets) {
    for (const judge of dataset.judges) byJudge.set(judge, [...(byJudge.get(judge) ?? []), dataset.name]);
  }
  return [...byJudge].sort(([a], [b]) => a.localeCompare(b));
}

export function JudgesSection() {
  const datasets = useGavel((s) => s.workspace.datasets);
  const judges = useMemo(() => judgesAcross(datasets), [datasets]);
  return (
    <section className="page">
      <h1>Judges</h1>
      {judges.length === 0 ? (
        <EmptyState>
          <p>
            Judges appear here when you import results that carry judge verdicts (MLflow, Databricks, Bedrock,
            promptfoo). No judges yet.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">Judges whose verdicts came with imported datasets.</p>
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">Judge</th>
                <th scope="col">Datasets</th>
              </tr>
            </thead>
            <tbody>
              {judges.map(([judge, datasetNames]) => (
                <tr key={judge}>
                  <td className="strong">{judge}</td>
                  <td>{datasetNames.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
