// Which judges each way of starting a run can use: a launch judges one run's answers, a pairwise judge
// compares two runs' answers (runs.startPairwise), and imported judges have no definition to run.
import type { JudgeSummary } from '../../../../shared/judging';

const isPairwise = (judge: JudgeSummary): boolean => judge.latest.spec?.mode === 'pairwise';

export const launchableJudges = (judges: JudgeSummary[]): JudgeSummary[] =>
  judges.filter((judge) => judge.latest.kind !== 'imported' && !isPairwise(judge));

export const pairwiseJudges = (judges: JudgeSummary[]): JudgeSummary[] => judges.filter(isPairwise);
