// Narrowing the queue: chosen items, a judge's verdicts (score range, pass / fail), an audit tag, words, and the order.
import { useShallow } from 'zustand/react/shallow';
import { AUDIT_TAGS } from '../../../../shared/review';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { AUDIT_TAG_LABELS } from '../../format/review';
import type { QueueSort } from '../../store/slices/review/review-queue-state';
import { useGavel } from '../../store/store-context';
import { ChosenItemsNote } from './ChosenItemsNote';

const SORT_LABELS: Record<QueueSort, string> = {
  dataset: 'Dataset order',
  key: 'Key',
  score_asc: 'Score, lowest first',
  score_desc: 'Score, highest first',
};

export function QueueFilters({ judges }: { judges: string[] }) {
  const { filter, searchText, sort, setFilter, setSearch, setSort } = useGavel(
    useShallow((s) => ({
      filter: s.reviewQueue.filter,
      searchText: s.reviewQueue.searchText,
      sort: s.reviewQueue.sort,
      setFilter: s.setQueueFilter,
      setSearch: s.setQueueSearch,
      setSort: s.setQueueSort,
    })),
  );
  return (
    <div className="queue-filters">
      <ChosenItemsNote />
      <input
        type="search"
        data-testid="queue-search"
        aria-label="Search request, response and expected response"
        placeholder="Search…"
        value={searchText}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="form-row">
        <Field label="Judge">
          <select
            value={filter.judge ?? ''}
            onChange={(event) => void setFilter({ judge: event.target.value || null })}
          >
            <option value="">Any</option>
            {judges.map((judge) => (
              <option key={judge} value={judge}>
                {judge}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Verdict">
          <select
            value={filter.pass === null ? '' : filter.pass ? 'pass' : 'fail'}
            onChange={(event) =>
              void setFilter({ pass: event.target.value === '' ? null : event.target.value === 'pass' })
            }
          >
            <option value="">Pass or fail</option>
            <option value="pass">Pass</option>
            <option value="fail">Fail</option>
          </select>
        </Field>
        <Field label="Score from">
          <NumberInput
            className="narrow"
            optional
            value={filter.scoreMin}
            onValue={(scoreMin) => void setFilter({ scoreMin })}
          />
        </Field>
        <Field label="to">
          <NumberInput
            className="narrow"
            optional
            value={filter.scoreMax}
            onValue={(scoreMax) => void setFilter({ scoreMax })}
          />
        </Field>
        <Field label="Tag">
          <select value={filter.tag ?? ''} onChange={(event) => void setFilter({ tag: event.target.value || null })}>
            <option value="">Any</option>
            {AUDIT_TAGS.map((tag) => (
              <option key={tag} value={tag}>
                {AUDIT_TAG_LABELS[tag]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Order">
          <select value={sort} onChange={(event) => void setSort(event.target.value as QueueSort)}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </div>
  );
}
