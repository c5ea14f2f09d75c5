// Calibration answers for renderer tests: an agreement result, an overview of a pass/fail judge,
// few-shot examples and a calibration, each overridable.
import type { AgreementResult, CalibrationOverview, CalibrationView, ItemRef } from '../../../shared/calibration';
import type { FewShotExample, RunProgress } from '../../../shared/judging';

export function agreementResult(changes: Partial<AgreementResult> = {}): AgreementResult {
  return {
    judge: 'correctness',
    version: 1,
    n: 20,
    binary: {
      accuracy: 0.75,
      kappa: 0.5,
      confusion: { tp: 10, fp: 3, fn: 2, tn: 5 },
      precision_fail: 0.7,
      recall_fail: 0.6,
      f1_fail: 0.65,
      precision_pass: 0.8,
      recall_pass: 0.8,
      f1_pass: 0.8,
    },
    ordinal: null,
    ci: {
      binary: {
        accuracy: { lower: 0.55, upper: 0.9 },
        kappa: { lower: 0.1, upper: 0.8 },
        f1_fail: { lower: null, upper: null },
      },
      ordinal: null,
      human_human: {
        pairwise_kappa: { lower: null, upper: null },
        krippendorff_alpha: { lower: null, upper: null },
        ordinal: null,
      },
    },
    human_human: { overlap: 0, pairwise_kappa: null, krippendorff_alpha: null, ordinal: null },
    warning: null,
    ...changes,
  };
}

export const itemRef = (itemId: number, datasetId = 1): ItemRef => ({ itemId, datasetId, key: `nw-${itemId}` });

export function overview(changes: Partial<CalibrationOverview> = {}): CalibrationOverview {
  return {
    judge: 'correctness',
    version: 1,
    versions: [{ version: 1, createdAt: '2026-01-01T00:00:00Z', agreement: agreementResult() }],
    passFail: [
      { judge: 'pass', human: 'pass', items: [itemRef(1), itemRef(2)] },
      { judge: 'pass', human: 'fail', items: [itemRef(3)] },
      { judge: 'fail', human: 'pass', items: [itemRef(4)] },
      { judge: 'fail', human: 'fail', items: [] },
    ],
    scores: null,
    distribution: [
      { value: 'yes', judge: 3, human: 3 },
      { value: 'no', judge: 1, human: 1 },
    ],
    auditTags: [],
    metadataFields: ['topic'],
    expertSplits: [],
    ...changes,
  };
}

export function example(itemId: number, changes: Partial<FewShotExample> = {}): FewShotExample {
  return {
    request: `Question ${itemId}`,
    response: `Answer ${itemId}`,
    expected_response: null,
    context: null,
    score: null,
    label: null,
    pass: false,
    justification: `Why ${itemId} fails`,
    itemId,
    labelId: 100 + itemId,
    ...changes,
  };
}

export function calibrationView(changes: Partial<CalibrationView> = {}): CalibrationView {
  return {
    id: 1,
    judge: 'correctness',
    fromVersion: 1,
    toVersion: 2,
    runIds: [7],
    status: 'running',
    createdAt: '2026-01-01T00:00:00Z',
    examples: ['nw-3'],
    holdout: 0,
    measuredOn: 10,
    before: null,
    after: null,
    cost: null,
    changed: [],
    error: null,
    ...changes,
  };
}

/** A run's progress event: 10 judgments, `done` of them answered. */
export function runProgress(runId: number, done: number): RunProgress {
  return {
    runId,
    status: 'running',
    total: 10,
    done,
    errors: 0,
    rate: 1,
    etaSeconds: 6,
    rateLimitWaitSeconds: null,
    message: null,
    cost: 0,
    inputTokens: 0,
    outputTokens: 0,
  };
}
