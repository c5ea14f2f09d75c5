// Live progress of a run: counts, rate over the last stretch, ETA and spend so far.
import type { RunProgress, RunStatus } from '../../shared/judging';

const WINDOW_MS = 10_000;

export class ProgressTracker {
  private readonly completions: number[] = [];
  done: number;
  errors: number;
  cost: number;
  inputTokens: number;
  outputTokens: number;

  constructor(
    private readonly runId: number,
    private readonly total: number,
    start: { done: number; errors: number; cost: number; inputTokens: number; outputTokens: number },
    private readonly now: () => number = Date.now,
  ) {
    ({ done: this.done, errors: this.errors, cost: this.cost } = start);
    ({ inputTokens: this.inputTokens, outputTokens: this.outputTokens } = start);
  }

  record(outcome: { error: boolean; cost: number; inputTokens: number; outputTokens: number }): void {
    if (outcome.error) this.errors++;
    else this.done++;
    this.spend(outcome);
    this.completions.push(this.now());
  }

  /** Spending that is not a judgment of its own (a candidate model's answer). */
  spend(paid: { cost: number; inputTokens: number; outputTokens: number }): void {
    this.cost += paid.cost;
    this.inputTokens += paid.inputTokens;
    this.outputTokens += paid.outputTokens;
  }

  /**
   * @param rateLimitWaitMs how long calls still wait for the provider's rate limit (null: none)
   * @param message why the run stopped, when it did not finish by itself
   */
  snapshot(status: RunStatus, rateLimitWaitMs: number | null = null, message: string | null = null): RunProgress {
    const now = this.now();
    while (this.completions.length > 0 && this.completions[0]! < now - WINDOW_MS) this.completions.shift();
    const first = this.completions[0];
    const span = first === undefined ? 0 : Math.max(now - first, 1000);
    const rate = span > 0 ? (this.completions.length * 1000) / span : 0;
    const remaining = this.total - this.done - this.errors;
    return {
      runId: this.runId,
      status,
      total: this.total,
      done: this.done,
      errors: this.errors,
      rate,
      etaSeconds: rate > 0 ? remaining / rate : null,
      rateLimitWaitSeconds: rateLimitWaitMs === null ? null : Math.ceil(rateLimitWaitMs / 1000),
      message,
      cost: this.cost,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
    };
  }
}
