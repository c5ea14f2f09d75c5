// Runs, newest first; click or Enter opens one.
import { useShallow } from 'zustand/react/shallow';
import { clickableRow } from '../../components/clickable-row';
import { EmptyState } from '../../components/EmptyState';
import { formatCost, formatCount } from '../../format/numbers';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { RunStatusBadge } from './RunStatusBadge';

export function RunsList() {
  const { runs, loaded, openRun } = useGavel(
    useShallow((s) => ({ runs: s.runs.list, loaded: s.runs.loaded, openRun: s.openRun })),
  );
  return (
    <div data-testid="runs-list">
      {loaded && runs.length === 0 && (
        <EmptyState title="No runs yet">
          <p>
            A run puts judges to work over a dataset, with progress, tokens and cost. Start one with New run; results
            imported from other tools appear here too.
          </p>
        </EmptyState>
      )}
      {runs.length > 0 && (
        <table className="list-table runs-table">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Dataset</th>
              <th scope="col">Judges</th>
              <th scope="col">Status</th>
              <th scope="col" className="number">
                Done
              </th>
              <th scope="col" className="number">
                Errors
              </th>
              <th scope="col" className="number">
                Tokens
              </th>
              <th scope="col" className="number">
                Cost
              </th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr
                key={run.id}
                {...clickableRow(() => void openRun(run.id))}
                data-testid="run-row"
                data-run-id={run.id}
                data-status={run.status}
              >
                <td className="strong">{run.name}</td>
                <td className="nowrap">{run.dataset}</td>
                <td>{run.judges.map((judge) => `${judge.judge} v${judge.version}`).join(', ') || '—'}</td>
                <td title={run.firstError ?? undefined}>
                  <RunStatusBadge run={run} />
                </td>
                <td className="number nowrap">
                  {formatCount(run.done)} / {formatCount(run.total)}
                </td>
                <td className={run.errors > 0 ? 'number tone-error' : 'number'}>{formatCount(run.errors)}</td>
                <td className="number">{formatCount(run.inputTokens + run.outputTokens)}</td>
                <td className="number">{formatCost(run.cost)}</td>
                <td className="nowrap">{formatDate(run.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
