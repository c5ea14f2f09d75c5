// The run's judgments, a page at a time, optionally only those with one status.
import { useShallow } from 'zustand/react/shallow';
import type { JudgmentStatus } from '../../../../shared/domain';
import { Field } from '../../components/Field';
import { formatCount } from '../../format/numbers';
import { JUDGMENTS_PAGE_SIZE } from '../../store/slices/runs/run-detail';
import { useGavel } from '../../store/store-context';
import { RunJudgmentRow } from './RunJudgmentRow';

const FILTERS: { value: JudgmentStatus | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'done', label: 'Answered' },
  { value: 'error', label: 'Errors' },
  { value: 'pending', label: 'Pending' },
  { value: 'running', label: 'In flight' },
];

export function RunJudgmentsTable() {
  const { judgments, show } = useGavel(
    useShallow((s) => ({ judgments: s.runDetail.judgments, show: s.showJudgments })),
  );
  const { rows, total, offset, status, loading } = judgments;
  const last = Math.min(offset + rows.length, total);

  return (
    <section className="run-judgments" aria-labelledby="run-judgments-title">
      <div className="section-header">
        <h2 id="run-judgments-title">Judgments</h2>
        <Field label="Show">
          <select
            data-testid="run-judgments-filter"
            value={status ?? ''}
            onChange={(event) =>
              void show({ status: (event.target.value || null) as JudgmentStatus | null, offset: 0 })
            }
          >
            {FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </Field>
        <span className="muted small push-right" aria-live="polite">
          {total === 0 ? 'None' : `${formatCount(offset + 1)}–${formatCount(last)} of ${formatCount(total)}`}
        </span>
        <button
          type="button"
          disabled={loading || offset === 0}
          onClick={() => void show({ offset: Math.max(0, offset - JUDGMENTS_PAGE_SIZE) })}
        >
          Previous
        </button>
        <button
          type="button"
          disabled={loading || last >= total}
          onClick={() => void show({ offset: offset + JUDGMENTS_PAGE_SIZE })}
        >
          Next
        </button>
      </div>
      {rows.length > 0 && (
        <table className={loading ? 'list-table compact judgments-table stale' : 'list-table compact judgments-table'}>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Judge</th>
              <th scope="col">Verdict</th>
              <th scope="col">Justification / error</th>
              <th scope="col" className="number">
                Latency
              </th>
              <th scope="col" className="number">
                Tokens
              </th>
              <th scope="col" className="number">
                Cost
              </th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          {rows.map((row) => (
            <RunJudgmentRow key={row.id} row={row} />
          ))}
        </table>
      )}
    </section>
  );
}
