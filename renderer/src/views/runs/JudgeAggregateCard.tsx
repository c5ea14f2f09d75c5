// One judge's summary in a run: its statistics and how its verdicts are spread on its scale.
import type { JudgeAggregate } from '../../../../shared/judging';
import { describeOutputType } from '../../format/verdict';
import { AGGREGATE_METRICS, showMetric } from './aggregate-facts';
import { DistributionBars } from './DistributionBars';

interface Props {
  aggregate: JudgeAggregate;
  meanings?: Partial<Record<string, string>>;
}

export function JudgeAggregateCard({ aggregate, meanings }: Props) {
  return (
    <article className="aggregate-card" data-testid="run-aggregate" data-judge={aggregate.judge}>
      <header className="aggregate-card-header">
        <span className="strong">{aggregate.judge}</span>
        <span className="muted">v{aggregate.version}</span>
        <span className="muted small push-right">{describeOutputType(aggregate.outputType)}</span>
      </header>
      <dl className="stats">
        {AGGREGATE_METRICS.map((metric) => (
          <div key={metric.name}>
            <dt>{metric.name}</dt>
            <dd className={metric.name === 'Errors' && aggregate.errors > 0 ? 'tone-error' : undefined}>
              {showMetric(metric, aggregate)}
            </dd>
          </div>
        ))}
      </dl>
      <DistributionBars distribution={aggregate.distribution} outputType={aggregate.outputType} meanings={meanings} />
    </article>
  );
}
