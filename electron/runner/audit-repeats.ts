// A judge audit's judging: every sampled item judged `repeats` times through the provider layer
// (the shared gate's rate limits, the retry layer, cost accounting) with the response cache bypassed,
// so each repeat is a fresh answer from the model. Nothing is written to runs: an audit is not a
// run. A run's judgments are unique per (run, item, judge version) and feed the latest verdicts the
// review desk and the statistics read; repeats of the same item would either break that key or
// overwrite the verdict under review. So the audit keeps its repeats in memory and stores only its
// findings.
import { Semaphore } from 'async-mutex';
import type { JudgeSpec, VerdictResult } from '../../shared/judging';
import type { Rating } from '../calibration/audit-findings';
import type { JudgeInput } from '../judging/evaluate';
import { preferencesInBothOrders } from '../judging/pairwise';
import { describeError, redact } from '../providers/redact';
import { evaluate } from './evaluate-judgment';
import { paidTotals, type Caller, type CallLog } from './provider-call';

export interface RepeatOutcome {
  rating: Rating;
  /** Pairwise judges: the preference with A shown first and with B shown first; else null. */
  orders: { first: string; second: string } | null;
  /** Why this repeat has no verdict (the call failed, the reply could not be read); null when it has. */
  error: string | null;
}

/** What is compared across repeats: pass/fail, the score, or the label (pairwise: the rolled-up preference). */
function ratingOf(spec: JudgeSpec, verdict: VerdictResult): Rating {
  if (verdict.status !== 'done') return null;
  switch (spec.outputType.kind) {
    case 'pass_fail':
      return verdict.pass;
    case 'scale':
      return verdict.score;
    case 'categories':
      return verdict.label;
  }
}

export interface RepeatPlan {
  spec: JudgeSpec;
  inputs: JudgeInput[];
  repeats: number;
  caller: Caller;
  /** Judgments in flight at once (the gate still enforces the provider's own limits). */
  concurrency: number;
  onProgress: (done: number, cost: number) => void;
}

/** `outcomes[i][r]` is item i's repeat r. */
export async function judgeRepeatedly(plan: RepeatPlan): Promise<{ outcomes: RepeatOutcome[][]; cost: number }> {
  const { spec, repeats } = plan;
  const signal = new AbortController().signal;
  const inFlight = new Semaphore(plan.concurrency);
  let done = 0;
  let cost = 0;
  const judgeOnce = (input: JudgeInput) =>
    inFlight.runExclusive(async (): Promise<RepeatOutcome> => {
      const log: CallLog = { records: [], cacheEntries: [] };
      let orders: RepeatOutcome['orders'] = null;
      const outcome = await evaluate(spec, input, plan.caller, signal, log, (replies) => {
        if (spec.mode === 'pairwise') orders = preferencesInBothOrders(replies);
      }).then(
        (verdict): RepeatOutcome => {
          const rating = ratingOf(spec, verdict);
          return { rating, orders, error: rating === null ? (verdict.error ?? 'no verdict') : null };
        },
        (error: unknown): RepeatOutcome => ({ rating: null, orders: null, error: redact(describeError(error)) }),
      );
      cost += paidTotals(log).cost;
      plan.onProgress(++done, cost);
      return outcome;
    });
  const outcomes = await Promise.all(
    plan.inputs.map((input) => Promise.all(Array.from({ length: repeats }, () => judgeOnce(input)))),
  );
  return { outcomes, cost };
}
