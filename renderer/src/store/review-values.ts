// Verdict values on a judge's own scale, as the review desk reads and compares them.
import type { ItemDetail, JudgmentView, LabelView, OutputType } from '../../../shared/domain';
import type { LabelValue, QueueRow, SessionView } from '../../../shared/review';
import { LABEL_ACTION_LABELS } from '../format/review';

export const valueOf = (verdict: LabelValue): LabelValue => ({
  score: verdict.score,
  label: verdict.label,
  pass: verdict.pass,
});

/**
 * A yes/no judge's answer as a value. The desk's Yes and No answer the judge's own question ("is it
 * harmful?"); the server reads whether that passes from the judge's polarity.
 */
export const yesNoValue = (yes: boolean): LabelValue => ({ score: null, label: yes ? 'yes' : 'no', pass: null });

/** What number key `digit` means on this scale: a score, the digit-th category, or nothing. */
export function valueForDigit(digit: number, outputType: OutputType): LabelValue | null {
  switch (outputType.kind) {
    case 'scale':
      return digit >= outputType.min && digit <= outputType.max ? { score: digit, label: null, pass: null } : null;
    case 'categories': {
      const label = outputType.categories[digit - 1];
      return label === undefined ? null : { score: null, label, pass: null };
    }
    case 'pass_fail':
      return null;
  }
}

/** The choices a value control offers: whole scale points, yes / no, or the categories. */
export function choicesOf(outputType: OutputType): { key: string; text: string; value: LabelValue }[] {
  switch (outputType.kind) {
    case 'scale': {
      const points: number[] = [];
      for (let score = Math.ceil(outputType.min); score <= outputType.max; score++) points.push(score);
      return points.map((score) => ({
        key: String(score),
        text: String(score),
        value: { score, label: null, pass: null },
      }));
    }
    case 'pass_fail':
      return [
        { key: 'yes', text: 'Yes', value: yesNoValue(true) },
        { key: 'no', text: 'No', value: yesNoValue(false) },
      ];
    case 'categories':
      return outputType.categories.map((label) => ({
        key: label,
        text: label,
        value: { score: null, label, pass: null },
      }));
  }
}

/**
 * The judgments a reviewer rates on an item: per judge (of the session's judges, if any) the latest
 * verdict of the version `versions` chooses for it, else of any version (the newest run).
 */
export function reviewedJudgments(
  item: ItemDetail,
  session: SessionView | null,
  versions: Readonly<Record<string, number>> = {},
): JudgmentView[] {
  const latest = new Map<string, JudgmentView>();
  for (const judgment of item.judgments) {
    if (session && !session.judges.includes(judgment.judge)) continue;
    // A candidate's verdict is the alignment's business: experts review the judge's own versions.
    if (judgment.candidate) continue;
    const chosen = versions[judgment.judge];
    if (chosen !== undefined && judgment.judgeVersion !== chosen) continue;
    const seen = latest.get(judgment.judge);
    if (!seen || judgment.id > seen.id) latest.set(judgment.judge, judgment);
  }
  return [...latest.values()].sort((a, b) => a.judge.localeCompare(b.judge));
}

/** The versions of a judge with a verdict on the item, oldest first. */
export function judgeVersionsOf(item: ItemDetail, judge: string): number[] {
  // A candidate an alignment is trying is not a version of the judge yet: it is neither shown nor newest.
  const versions = new Set(
    item.judgments.filter((j) => j.judge === judge && !j.candidate).map((j) => j.judgeVersion),
  );
  return [...versions].sort((a, b) => a - b);
}

/** The judges a queue row is reviewed on: the session's, else every judge with a verdict on it. */
export const queueJudgesOf = (row: QueueRow, session: SessionView | null): string[] =>
  session ? session.judges.filter((judge) => judge in row.verdicts) : Object.keys(row.verdicts);

/** A row is reviewed once I have labelled every judge it is reviewed on. */
export function isRowReviewed(row: QueueRow, session: SessionView | null): boolean {
  const judges = queueJudgesOf(row, session);
  return judges.length > 0 && judges.every((judge) => judge in row.mine);
}

/**
 * What a label did, in words. A confirm of a verdict other than the one shown now (an older judge
 * version's) reads as a rating: its author agreed with that verdict, never with the one on screen.
 */
export function labelActionText(label: LabelView, judgments: readonly JudgmentView[]): string {
  const shown = judgments.filter((j) => j.judge === label.judge).reduce((a, b) => Math.max(a, b.id), -1);
  return label.action === 'confirm' && label.judgmentId !== shown ? 'Rated' : LABEL_ACTION_LABELS[label.action];
}
