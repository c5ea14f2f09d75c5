// Items, verdicts, queue rows, sessions and labels for the review desk's store tests.
import type { ItemDetail, JudgmentView, LabelView, OutputType } from '../../../shared/domain';
import type { QueueRow, SessionView } from '../../../shared/review';
import { ok } from '../../../shared/result';
import { noCounts } from './fake-api';

const PASS_FAIL: OutputType = { kind: 'pass_fail' };
const FIVE_POINTS: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };

export function judgment(id: number, judge: string, verdict: Partial<JudgmentView> = {}): JudgmentView {
  return {
    id,
    runId: 1,
    runName: 'imported',
    judge,
    judgeVersion: 1,
    candidate: false,
    versionLabel: null,
    model: 'gpt-4o',
    outputType: judge === 'correctness' ? PASS_FAIL : FIVE_POINTS,
    greaterIsBetter: true,
    status: 'done',
    score: null,
    label: null,
    pass: null,
    justification: 'Because.',
    error: null,
    raw: null,
    chunks: null,
    source: null,
    ...verdict,
  };
}

/** Item `id` judged yes on correctness (judgment 10·id) and 4 on helpfulness (judgment 10·id+1). */
export function reviewItem(id: number): ItemDetail {
  return {
    id,
    datasetId: 1,
    key: `k${id}`,
    request: 'q',
    response: 'a',
    expected_response: null,
    expected_facts: null,
    guidelines: null,
    retrieved_context: null,
    metadata: {},
    sourceRow: {},
    judgments: [
      judgment(id * 10, 'correctness', { label: 'yes', pass: true }),
      judgment(id * 10 + 1, 'helpfulness', { score: 4, pass: true }),
    ],
    labels: [],
    answers: 0,
  };
}

export function queueRow(itemId: number, mine: QueueRow['mine'] = {}): QueueRow {
  return {
    itemId,
    key: `k${itemId}`,
    request: 'q',
    verdicts: {
      correctness: { score: null, label: 'yes', pass: true, status: 'done' },
      helpfulness: { score: 4, label: null, pass: true, status: 'done' },
    },
    mine,
    flagged: false,
  };
}

export const queueOf = (rows: QueueRow[]) =>
  ok({ total: rows.length, counts: { ...noCounts, all: rows.length }, rows });

export function session(changes: Partial<SessionView> = {}): SessionView {
  return {
    id: 3,
    name: 'Blind check',
    datasetId: 1,
    dataset: 'qa',
    instructions: '',
    judges: ['correctness'],
    blind: false,
    requireRationale: true,
    reviewers: ['Dana'],
    items: 2,
    progress: [],
    createdAt: '2026-01-01T00:00:00Z',
    ...changes,
  };
}

export function label(id: number, changes: Partial<LabelView> = {}): LabelView {
  return {
    id,
    judge: 'correctness',
    reviewer: 'Dana',
    action: 'confirm',
    score: null,
    label: 'yes',
    pass: true,
    rationale: null,
    tags: [],
    blind: null,
    judgmentId: 10,
    judgeVersion: 1,
    sessionId: null,
    supersedesId: null,
    createdAt: '2026-01-01T00:00:00Z',
    source: null,
    ...changes,
  };
}
