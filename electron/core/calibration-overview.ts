// The calibration view of one judge: agreement of every version over time, confusion matrices whose
// cells list their items, value distributions, the reviewers' audit tags, and agreement broken down
// by a metadata field of the items.
import type Database from 'better-sqlite3';
import type {
  AgreementResult,
  BreakdownRow,
  CalibrationOverview,
  ConfusionCell,
  ExpertSplit,
  ItemRef,
} from '../../shared/calibration';
import type { OutputType } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import { judgeVersions } from '../db/queries/judges';
import { auditTagCounts } from '../db/queries/labels';
import { calibrationStats } from './calibration-stats';
import { splitItems } from './expert-agreement';
import { itemImportDays, itemMetadata, itemRefs, verdictRunDays } from '../db/queries/items';
import { pairsOrNull, restrictPairs, shownValue } from './calibration-pairs';
import { judgePairs, type JudgePair, type JudgePairs } from './judge-pairs';
import { flagWorseSlices } from '../calibration/slice-test';

interface JudgeQuery {
  judge: string;
  version?: number;
  reviewer?: string;
  seed: number;
}

/** Either side of a pair: what the judge said, or what the humans decided. */
type Verdict = JudgePair['judge'] | JudgePair['human'];

/** Items without the field are grouped under this value. */
const NO_VALUE = '(none)';

/** Agreement of one version, or null when it has no verdicts paired with a human decision. */
function versionAgreement(db: Database.Database, query: JudgeQuery, paired: JudgePairs | null): AgreementResult | null {
  return paired === null || paired.pairs.length === 0 ? null : calibrationStats(db, query, paired);
}

/** Every combination of the values, judge first, each with the items in it (in id order). */
function matrix(
  values: readonly string[],
  pairs: readonly JudgePair[],
  valueOf: (side: Verdict) => string | null,
  refs: Map<number, ItemRef>,
): ConfusionCell[] {
  const cells = values.flatMap((judge) => values.map((human) => ({ judge, human, items: [] as ItemRef[] })));
  const byKey = new Map(cells.map((cell) => [`${cell.judge}\u0000${cell.human}`, cell]));
  for (const pair of [...pairs].sort((a, b) => a.itemId - b.itemId)) {
    const [judge, human] = [valueOf(pair.judge), valueOf(pair.human)];
    if (judge !== null && human !== null) byKey.get(`${judge}\u0000${human}`)?.items.push(refs.get(pair.itemId)!);
  }
  return cells;
}

/** The values a judge can give, then any other value seen (scales in numeric order). */
function valuesOf(outputType: OutputType, seen: readonly string[]): string[] {
  if (outputType.kind === 'pass_fail') return ['pass', 'fail'];
  if (outputType.kind === 'categories') return [...new Set([...outputType.categories, ...seen])];
  const { min, max } = outputType;
  const range =
    Number.isInteger(min) && Number.isInteger(max)
      ? Array.from({ length: max - min + 1 }, (_, i) => String(min + i))
      : [];
  return [...new Set([...range, ...seen])].sort((a, b) => Number(a) - Number(b));
}

/** The version's items where the experts split, each pointing at its item for review. */
function expertSplits(db: Database.Database, paired: JudgePairs): ExpertSplit[] {
  const split = splitItems(paired);
  const refs = itemRefs(
    db,
    split.map((item) => item.itemId),
  );
  return split.map(({ itemId, labels }) => ({ item: refs.get(itemId)!, labels }));
}

export function calibrationOverview(db: Database.Database, query: JudgeQuery): CalibrationOverview {
  const paired = judgePairs(db, query);
  const { outputType, pairs } = paired;
  const itemIds = pairs.map((pair) => pair.itemId);
  const refs = itemRefs(db, itemIds);
  const shown = (side: Verdict) => shownValue(outputType, side);
  const seen = pairs.flatMap((pair) => [shown(pair.judge), shown(pair.human)].filter((v): v is string => v !== null));
  const values = valuesOf(outputType, seen);

  const counts = new Map(values.map((value) => [value, { value, judge: 0, human: 0 }]));
  for (const pair of pairs) {
    const [judge, human] = [shown(pair.judge), shown(pair.human)];
    if (judge !== null) counts.get(judge)!.judge++;
    if (human !== null) counts.get(human)!.human++;
  }
  const fields = new Set<string>();
  for (const metadata of itemMetadata(db, itemIds).values())
    for (const field of Object.keys(metadata)) fields.add(field);

  return {
    judge: query.judge,
    version: paired.version,
    versions: judgeVersions(db, query.judge).map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      agreement: versionAgreement(
        db,
        query,
        v.version === paired.version ? paired : pairsOrNull(db, { ...query, version: v.version }),
      ),
    })),
    passFail: matrix(['pass', 'fail'], pairs, (side) => (side.pass ? 'pass' : 'fail'), refs),
    scores: outputType.kind === 'pass_fail' ? null : { values, cells: matrix(values, pairs, shown, refs) },
    distribution: [...counts.values()],
    auditTags: auditTagCounts(db, query.judge, itemIds),
    metadataFields: [...fields].sort(),
    expertSplits: expertSplits(db, paired),
  };
}

/** How a metadata value reads as a group name. */
const groupOf = (value: unknown): string =>
  value === undefined || value === null || value === ''
    ? NO_VALUE
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** Time fields a breakdown can use besides metadata: when the item was imported, when it was judged. */
export const TIME_FIELDS = { '@imported': 'the day the item was imported', '@judged': 'the day of the run' } as const;

/** Each paired item's value of the field: a metadata field, or a day for a time field. */
function fieldValues(db: Database.Database, paired: JudgePairs, judge: string, field: string): Map<number, unknown> {
  const itemIds = paired.pairs.map((pair) => pair.itemId);
  if (field === '@imported') return itemImportDays(db, itemIds);
  if (field === '@judged') return verdictRunDays(db, paired.versionId);
  const metadata = itemMetadata(db, itemIds);
  const present = [...metadata.values()].some((fields) => field in fields);
  if (!present) {
    const known = [...new Set([...metadata.values()].flatMap((fields) => Object.keys(fields)))].sort();
    throw new GavelError(
      'INVALID_INPUT',
      `No item judged by ${judge} v${paired.version} has the metadata field "${field}" ` +
        `(fields: ${known.join(', ') || 'none'}). For drift over time, break down by ${Object.keys(TIME_FIELDS).join(' or ')}.`,
    );
  }
  return new Map([...metadata].map(([itemId, fields]) => [itemId, fields[field]]));
}

/**
 * Agreement within each value of a metadata field, largest group first; for a time field, day by day
 * in order, so drift shows.
 */
export function calibrationBreakdown(db: Database.Database, query: JudgeQuery & { field: string }): BreakdownRow[] {
  const paired = judgePairs(db, query);
  const values = fieldValues(db, paired, query.judge, query.field);
  const groups = new Map<string, Set<number>>();
  for (const pair of paired.pairs) {
    const group = groupOf(values.get(pair.itemId));
    groups.set(group, (groups.get(group) ?? new Set()).add(pair.itemId));
  }
  const byTime = query.field in TIME_FIELDS;
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) =>
    byTime ? a.localeCompare(b) : y.size - x.size || a.localeCompare(b),
  );
  const slices = sorted.map(([, items]) => restrictPairs(paired, (itemId) => items.has(itemId)));
  const worse = flagWorseSlices(
    slices.map((slice) => ({
      agree: slice.pairs.filter((pair) => pair.judge.pass === pair.human.pass).length,
      n: slice.pairs.length,
    })),
  );
  return sorted.map(([value], i) => ({
    value,
    agreement: calibrationStats(db, query, slices[i]!),
    worse: worse[i]!,
  }));
}
