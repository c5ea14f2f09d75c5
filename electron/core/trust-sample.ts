// The two samples PPI works from, for a judge version on a dataset: labelled items whose labels come
// from random draws (stratified ones weighted by the inverse of their inclusion probability) and the
// judge's values on every other judged item. Labels of hand-picked items (hardest first, a filter)
// or of unknown origin are left out of the labelled sample, and their items count as unlabelled:
// they are still part of the dataset the estimate speaks for.
import type Database from 'better-sqlite3';
import type { LabelledPoint } from '../calibration/ppi';
import { labelSamplings, type LabelSampling } from '../db/queries/label-sampling';
import { datasetNameById } from '../db/queries/datasets';
import { isRandomSampling } from '../../shared/sampling';
import { GavelError } from '../../shared/result';
import type { ExclusionReason } from '../../shared/trust';
import { judgePairs, type JudgePair, type JudgePairs } from './judge-pairs';

export interface TrustQuery {
  judge: string;
  version?: number;
  reviewer?: string;
  datasetId: number;
}

export interface TrustSample {
  judge: string;
  version: number;
  dataset: string;
  /** The judge's value on every judged item (pass as 1/0, or the score). */
  judged: number[];
  labelledItems: number;
  labelled: LabelledPoint[];
  unlabelled: number[];
  excluded: { reason: ExclusionReason; count: number }[];
  /** Why PPI cannot run on this sample (a categories judge, too few labels), in plain words; null when it can. */
  notEnough: string | null;
}

/**
 * What the estimate averages: pass (1) / fail (0) for yes/no judges, the score for scale judges;
 * null for judges that sort into categories, which have no rate to estimate.
 */
function valueReader(paired: JudgePairs) {
  switch (paired.outputType.kind) {
    case 'pass_fail':
      return (value: { score: number | null; pass: boolean | null }) =>
        value.pass === null ? null : value.pass ? 1 : 0;
    case 'scale':
      return (value: { score: number | null }) => value.score;
    case 'categories':
      return null;
  }
}

/** The weight of an item drawn at random (1, or 1 / its stratum's inclusion probability), else why not. */
function weightOf(pair: JudgePair, samplings: Map<number, LabelSampling>): number | ExclusionReason {
  const known = pair.human.labels.flatMap((label) => {
    const sampling = samplings.get(label.labelId);
    return sampling?.sampling ? [{ ...sampling, sampling: sampling.sampling }] : [];
  });
  // A stratified label needs its item's inclusion probability; a uniform draw weighs 1 without it.
  const usable = known.filter((s) =>
    s.sampling.kind === 'stratified' ? s.inclusionProbability !== null : isRandomSampling(s.sampling),
  );
  if (usable.some((s) => s.sampling.kind !== 'stratified')) return 1;
  if (usable.length > 0) return 1 / Math.max(...usable.map((s) => s.inclusionProbability!));
  return known.some((s) => !isRandomSampling(s.sampling)) ? 'not randomly sampled' : 'sampling unknown';
}

export function trustSample(db: Database.Database, query: TrustQuery): TrustSample {
  const dataset = datasetNameById(db, query.datasetId);
  if (dataset === undefined) throw new GavelError('NOT_FOUND', `No dataset with id ${query.datasetId}.`);
  const paired = judgePairs(db, query);
  const valueOf = valueReader(paired);
  if (valueOf === null) {
    return {
      judge: query.judge,
      version: paired.version,
      dataset,
      judged: [],
      labelledItems: paired.pairs.length,
      labelled: [],
      unlabelled: [],
      excluded: [],
      notEnough: `${query.judge} sorts items into categories: an estimate needs a yes/no or a scale judge.`,
    };
  }
  const samplings = labelSamplings(
    db,
    paired.pairs.flatMap((pair) => pair.human.labels.map((label) => label.labelId)),
  );
  const labelled: LabelledPoint[] = [];
  const usedItems = new Set<number>();
  const excluded = new Map<ExclusionReason, number>();
  for (const pair of paired.pairs) {
    const truth = valueOf(pair.human);
    const judgeValue = valueOf(pair.judge);
    if (truth === null || judgeValue === null) continue;
    const weight = weightOf(pair, samplings);
    if (typeof weight === 'number') {
      labelled.push({ truth, judge: judgeValue, weight });
      usedItems.add(pair.itemId);
    } else {
      excluded.set(weight, (excluded.get(weight) ?? 0) + 1);
    }
  }
  const values = paired.verdicts.flatMap((v) => {
    const value = valueOf(v);
    return value === null ? [] : [{ itemId: v.itemId, value }];
  });
  const sample = {
    judge: query.judge,
    version: paired.version,
    dataset,
    judged: values.map((v) => v.value),
    labelledItems: paired.pairs.length,
    labelled,
    unlabelled: values.filter((v) => !usedItems.has(v.itemId)).map((v) => v.value),
    excluded: [...excluded].map(([reason, count]) => ({ reason, count })),
  };
  return { ...sample, notEnough: notEnoughReason(sample) };
}

/** Why PPI cannot run: fewer than two usable labels or two unlabelled items; null when it can. */
function notEnoughReason(sample: Omit<TrustSample, 'notEnough'>): string | null {
  const where = `${sample.judge} v${sample.version} on dataset "${sample.dataset}"`;
  if (sample.labelled.length < 2) {
    const left = sample.excluded.map((e) => `${e.count} ${e.reason}`).join(', ');
    return (
      `${where} has ${sample.labelled.length} usable expert labels; an estimate needs at least 2 ` +
      `labels of randomly sampled items${left ? ` (left out: ${left})` : ''}. ` +
      'Label a session that samples items at random.'
    );
  }
  if (sample.unlabelled.length < 2) {
    return `${where} has ${sample.unlabelled.length} judged items without a usable label; an estimate needs at least 2.`;
  }
  return null;
}

/** Refuses plainly when PPI cannot run on the sample. */
export function requireEnough(sample: TrustSample): void {
  if (sample.notEnough !== null) throw new GavelError('INVALID_INPUT', sample.notEnough);
}
