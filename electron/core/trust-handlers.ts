// The Trust channels: the PPI++ estimate of a judge's rate over a whole dataset beside the judge's
// raw rate and the labels' own rate, and how many random labels a chosen interval width needs.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import {
  FIRST_RANDOM_SAMPLE,
  type PlanPoint,
  type TrustEstimate,
  type TrustPlan,
  type TrustView,
} from '../../shared/trust';
import { classicalMean, ppiMean } from '../calibration/ppi';
import { planCurve, planLabels } from '../calibration/label-plan';
import { requireEnough, trustSample, type TrustQuery, type TrustSample } from './trust-sample';

function estimateOf(sample: TrustSample): TrustEstimate {
  const judgeRate = classicalMean(sample.judged);
  // λ = 0 is the (weighted) classical interval of the labels alone.
  const labelsAlone = ppiMean(sample.labelled, sample.unlabelled, { lambda: 0 });
  const estimate = ppiMean(sample.labelled, sample.unlabelled);
  return {
    judge: sample.judge,
    version: sample.version,
    dataset: sample.dataset,
    items: sample.judged.length,
    labelled: sample.labelledItems,
    judge_rate: { value: judgeRate.value, ci: judgeRate.ci },
    labelled_rate: { value: labelsAlone.value, ci: labelsAlone.ci },
    estimate: { value: estimate.value, ci: estimate.ci, method: 'ppi++', lambda: estimate.lambda },
    labels_used: sample.labelled.length,
    labels_excluded: sample.excluded,
  };
}

function planOf(sample: TrustSample, halfWidth: number): TrustPlan {
  const plan = planLabels(sample.labelled, sample.unlabelled, halfWidth);
  return {
    judge: sample.judge,
    version: sample.version,
    dataset: sample.dataset,
    half_width: halfWidth,
    labels_used: sample.labelled.length,
    labels_needed: plan.labelsNeeded,
    more_labels: plan.moreLabels,
    labels_alone_needed: plan.labelsAloneNeeded,
    current_half_width: plan.currentHalfWidth,
  };
}

function curveOf(sample: TrustSample, plan: TrustPlan): PlanPoint[] {
  return planCurve(sample.labelled, sample.unlabelled, plan.labels_needed).map((point) => ({
    labels: point.labels,
    with_judge: point.withJudge,
    labels_alone: point.labelsAlone,
  }));
}

/** A sample PPI can run on, or the plain refusal. */
function enough(db: Database.Database, query: TrustQuery): TrustSample {
  const sample = trustSample(db, query);
  requireEnough(sample);
  return sample;
}

/** Estimate, plan and the planner's curve, or why there is none yet: too few labels is a state to show. */
export function trustView(db: Database.Database, query: TrustQuery & { halfWidth: number }): TrustView {
  const sample = trustSample(db, query);
  if (sample.notEnough !== null) {
    const sampling = sample.labelled.length < 2 && sample.unlabelled.length >= 2;
    const firstSample = sampling ? Math.min(FIRST_RANDOM_SAMPLE, sample.unlabelled.length) : null;
    return { estimate: null, plan: null, curve: [], notEnough: sample.notEnough, firstSample };
  }
  const plan = planOf(sample, query.halfWidth);
  return { estimate: estimateOf(sample), plan, curve: curveOf(sample, plan), notEnough: null, firstSample: null };
}

export function createTrustHandlers(db: Database.Database) {
  return {
    'calibration.estimate': (input: ParsedInput<'calibration.estimate'>) => estimateOf(enough(db, input)),
    'calibration.plan': (input: ParsedInput<'calibration.plan'>) => planOf(enough(db, input), input.halfWidth),
    'calibration.trust': (input: ParsedInput<'calibration.trust'>): TrustView => trustView(db, input),
  };
}
