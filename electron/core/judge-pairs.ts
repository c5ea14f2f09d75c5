// A judge version's verdicts paired with the human decision on the same items: one reviewer's
// latest label, or the consensus (an adjudication first, else the majority; a tie leaves the item
// out). Calibration statistics and few-shot suggestions both start here.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import { finishedVerdicts, humanVerdictLabels, versionWithVerdicts, type HumanLabel } from '../db/queries/judge-pairs';
import { groupBy } from '../../shared/group-by';
import { canonicalValue, passOf as passOfValue, passThresholdOf, type Polarity } from '../../shared/verdict-value';

/** A stored label in the one form of its verdict (older and imported labels may differ in form). */
function storedForm(value: { score: number | null; label: string | null; pass: number | null }, polarity: Polarity) {
  const canonical = canonicalValue({ ...value, pass: value.pass === null ? null : value.pass === 1 }, polarity);
  return { ...canonical, pass: canonical.pass === null ? null : canonical.pass ? 1 : 0 };
}

export interface JudgePair {
  itemId: number;
  key: string;
  judge: { score: number | null; label: string | null; pass: boolean; justification: string | null };
  human: { score: number | null; label: string | null; pass: boolean; labels: HumanLabel[] };
}

export interface JudgePairs {
  version: number;
  /** The judge version's row id. */
  versionId: number;
  outputType: OutputType;
  polarity: Polarity;
  threshold: number | null;
  pairs: JudgePair[];
  /** Every reviewer's latest label on the judge's items (for human–human agreement). */
  labels: HumanLabel[];
  keys: Map<number, string>;
  /** The judge's newest finished verdict on every item it judged, whether labelled or not. */
  verdicts: { itemId: number; score: number | null; label: string | null; pass: boolean | null }[];
  passOf(value: { score: number | null; label: string | null; pass: number | null }): boolean | null;
}

export function judgePairs(
  db: Database.Database,
  query: { judge: string; version?: number; reviewer?: string; datasetId?: number },
): JudgePairs {
  const row = versionWithVerdicts(db, query);
  if (!row) {
    throw new GavelError(
      'NOT_FOUND',
      `No verdicts of judge "${query.judge}"${query.version ? ` version ${query.version}` : ''}.`,
    );
  }
  const outputType = JSON.parse(row.output_type) as OutputType;
  const polarity: Polarity = { outputType, greaterIsBetter: row.greater_is_better === 1 };
  const passOf = (value: { score: number | null; label: string | null; pass: number | null }): boolean | null =>
    passOfValue({ ...value, pass: value.pass === null ? null : value.pass === 1 }, polarity);

  const verdicts = finishedVerdicts(db, row.id, query.datasetId ?? null);
  const labels = humanVerdictLabels(db, query.judge, row.output_type).map((label) => ({
    ...label,
    ...storedForm(label, polarity),
  }));

  const byItem = groupBy(labels, (label) => label.itemId);

  const decide = (itemLabels: HumanLabel[]): JudgePair['human'] | null => {
    if (query.reviewer !== undefined) {
      const mine = itemLabels.find((l) => l.reviewer === query.reviewer && l.source !== 'adjudication');
      const pass = mine ? passOf(mine) : null;
      return mine && pass !== null ? { score: mine.score, label: mine.label, pass, labels: [mine] } : null;
    }
    const adjudicated = itemLabels.find((l) => l.source === 'adjudication');
    if (adjudicated) {
      const pass = passOf(adjudicated);
      return pass === null ? null : { score: adjudicated.score, label: adjudicated.label, pass, labels: [adjudicated] };
    }
    const voted = itemLabels.flatMap((l) => {
      const pass = passOf(l);
      return pass === null ? [] : [{ label: l, pass }];
    });
    const yes = voted.filter((v) => v.pass).length;
    if (voted.length === 0 || yes * 2 === voted.length) return null;
    const pass = yes * 2 > voted.length;
    const majority = voted.filter((v) => v.pass === pass).map((v) => v.label);
    const scores = majority
      .map((l) => l.score)
      .filter((s): s is number => s !== null)
      .sort((a, b) => a - b);
    return {
      pass,
      score: scores.length === 0 ? null : scores[Math.floor((scores.length - 1) / 2)]!,
      label: majority[0]!.label,
      labels: majority,
    };
  };

  const pairs = verdicts.flatMap((verdict): JudgePair[] => {
    const human = decide(byItem.get(verdict.itemId) ?? []);
    const judgePass = passOf(verdict);
    if (!human || judgePass === null) return [];
    return [
      {
        itemId: verdict.itemId,
        key: verdict.key,
        judge: { score: verdict.score, label: verdict.label, pass: judgePass, justification: verdict.justification },
        human,
      },
    ];
  });
  return {
    version: row.version,
    versionId: row.id,
    outputType,
    polarity,
    threshold: passThresholdOf(outputType),
    pairs,
    labels: labels.filter((l) => l.source !== 'adjudication'),
    keys: new Map(verdicts.map((v) => [v.itemId, v.key])),
    verdicts: verdicts.map((v) => ({ itemId: v.itemId, score: v.score, label: v.label, pass: passOf(v) })),
    passOf,
  };
}
