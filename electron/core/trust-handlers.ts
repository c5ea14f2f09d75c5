// The Trust channels: the PPI++ estimate of a judge's rate over a whole dataset beside the judge's
// raw rate and the labels' own rate, and how many random labels a chosen interval width needs.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import type { TrustEstimate, TrustPlan } from '../../shared/trust';
import { classicalMean, ppiMean } from '../calibration/ppi';
import { planLabels } from '../calibration/label-plan';
import { requireEnough, trustSample } from './trust-sample';

export function trustEstimate(db: Database.Database, query: ParsedInput<'calibration.estimate'>): TrustEstimate {
  const sample = trustSample(db, query);
  requireEnough(sample);
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

export function trustPlan(db: Database.Database, query: ParsedInput<'calibration.plan'>): TrustPlan {
  const sample = trustSample(db, query);
  requireEnough(sample);
  const plan = planLabels(sample.labelled, sample.unlabelled, query.halfWidth);
  return {
    judge: sample.judge,
    version: sample.version,
    dataset: sample.dataset,
    half_width: query.halfWidth,
    labels_used: sample.labelled.length,
    labels_needed: plan.labelsNeeded,
    more_labels: plan.moreLabels,
    labels_alone_needed: plan.labelsAloneNeeded,
    current_half_width: plan.currentHalfWidth,
  };
}

export function createTrustHandlers(db: Database.Database) {
  return {
    'calibration.estimate': (input: ParsedInput<'calibration.estimate'>) => trustEstimate(db, input),
    'calibration.plan': (input: ParsedInput<'calibration.plan'>) => trustPlan(db, input),
  };
}
