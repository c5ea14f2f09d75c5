// What the planned run will take before it starts: calls, tokens and money, and what is not priced.
import { useGavel } from '../../store/store-context';
import { formatCost, formatCount } from '../../format/numbers';
import { MissingFieldsNote } from './MissingFieldsNote';

export function RunEstimateView() {
  const launch = useGavel((s) => s.runLaunch);
  const { estimate, estimating, plan } = launch;

  if (plan.datasetId === null || plan.judgeVersionIds.length === 0) {
    return (
      <p className="muted small" data-testid="run-estimate">
        Pick a dataset and at least one judge to see the estimate.
      </p>
    );
  }
  if (!estimate) {
    return (
      <p className="muted small" data-testid="run-estimate" aria-live="polite">
        {estimating && 'Estimating…'}
      </p>
    );
  }
  const facts: [string, string][] = [
    ['Judgments', formatCount(estimate.judgments)],
    ['Already cached', formatCount(estimate.cached)],
    ['Requests', formatCount(estimate.requests)],
    ['Tokens in', `≈ ${formatCount(estimate.inputTokens)}`],
    ['Tokens out', `≈ ${formatCount(estimate.outputTokens)}`],
    ['Cost', `≈ ${formatCost(estimate.cost)}`],
  ];
  return (
    <div className="run-estimate" data-testid="run-estimate" aria-live="polite">
      <dl className="facts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <MissingFieldsNote estimate={estimate} />
      {estimate.unpricedModels.length > 0 && (
        <p className="note warning" data-testid="run-estimate-unpriced">
          No price for {estimate.unpricedModels.join(', ')}: their cost is not included. Prices are set in Settings.
        </p>
      )}
    </div>
  );
}
