// The candidate model that wrote the answers this run judged: how it did and what it cost.
import type { GenerationSummary } from '../../../../shared/contract';
import { GENERATION_METRICS, showMetric } from './aggregate-facts';

export function GenerationFacts({ generation }: { generation: GenerationSummary }) {
  return (
    <section className="run-generation" data-testid="run-generation" aria-labelledby="run-generation-title">
      <h2 id="run-generation-title">
        Answers written by <span className="mono">{generation.model}</span>{' '}
        <span className="muted">on {generation.provider}</span>
      </h2>
      <dl className="facts compact-facts">
        {GENERATION_METRICS.map((metric) => (
          <div key={metric.name}>
            <dt>{metric.name}</dt>
            <dd>{showMetric(metric, generation)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
