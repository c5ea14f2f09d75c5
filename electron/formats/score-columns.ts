// Verdicts and human ratings kept as plain columns of a CSV / JSON(L) table: RAGAS metric columns,
// `X_score` / `X` beside `X_justification` (or reason, rationale…), and human rating columns
// (`human_X`, `expert_X`, `annotator_X`, `label`). Names propose; the values decide (a judge's
// score column holds numbers or yes/no) and give each judge its scale.
import type { ColumnUse, OutputType } from '../../shared/domain';
import { toText } from './item-values';
import type { PreparedRow } from './reader';
import type { RowSource, SourceRow } from './rows';
import { ColumnValues, readScoreCell } from './score-cell';
import type { ImportedJudge, ImportedLabel, ImportedVerdict } from './types';
import { doneVerdict, errorVerdict, scale } from './verdicts';

const SEP = '[ _.-]';
/** A justification column's suffix, with plural and French / Italian / Spanish / German forms. */
const JUSTIFICATION = new RegExp(
  `^(.+?)${SEP}(justifications?|reasons?|reasoning|rationales?|explanations?|comments?|raisons?|commentaires?|motivazion[ei]|spiegazion[ei]|commenti|commento|razon(es)?|razón|explicaci[oó]n|begr[uü]e?ndung|kommentar)$`,
  'i',
);
/** `X_score`, `X_scores`, `X_rating`, `X_note` (French), `X_punteggio` (Italian). */
const SCORE = new RegExp(`^(.+?)${SEP}(scores?|ratings?|notes?|punteggio|puntuaci[oó]n)$`, 'i');
const HUMAN = new RegExp(`^(human|expert|annotator|rater)(?:${SEP}(.*))?$`, 'i');
/** `human_answer`, `expert_response`: text a person wrote for the item, not a rating of it. */
const WRITTEN = /(answer|response|output|reference|text|summary|input|question|prompt)s?$/i;
const LABEL_ONLY = /^(labels?|human_label|gold_label)$/i;
const REVIEWER = /^(reviewer|annotator|rater|labell?er|expert|evaluator)(_name|_id)?$/i;
/** Columns that together mark a RAGAS result table (0.2+ names, then the older ones). */
const RAGAS_INPUTS = [
  ['user_input', 'retrieved_contexts'],
  ['user_input', 'response'],
  ['question', 'contexts'],
];
/** `faithfulness(mode=f1)`: a RAGAS metric's name with its settings. */
const RAGAS_METRIC = /^[a-z_]+(\(.*\))?$/i;

export const RAGAS_NO_SCORE = 'RAGAS left no score (NaN): the metric failed or was skipped for this row';

export interface ScoreColumn {
  /** The judge (or criterion, for a human rating) the column scores. */
  name: string;
  column: string;
  justification: string | undefined;
  role: 'judge' | 'label';
  /** The rater a column names (`annotator_alice`); else the reviewer column's or "imported". */
  reviewer: string | null;
  /** RAGAS metrics are 0–1 and an empty cell is a failed metric. */
  ragas: boolean;
  outputType: OutputType;
}

/** What a table's columns carry besides item fields. */
export interface TableScores {
  scores: ScoreColumn[];
  reviewerColumn: string | undefined;
  /** Score columns with no value in any row (a metric never computed): not judges, not kept. */
  empty: string[];
  /** Every column read as a score, justification, reviewer or empty metric (not metadata). */
  claimed: ReadonlySet<string>;
}

/**
 * Finds the score columns among `columns` that no item field takes, reading every row once to
 * check their values when there are candidates.
 */
export async function findScoreColumns(
  columns: readonly string[],
  fieldColumns: ReadonlySet<string>,
  rows: RowSource,
  decimalComma: boolean,
): Promise<TableScores> {
  const candidates = candidatesOf(columns, fieldColumns);
  if (candidates.length === 0) return { scores: [], reviewerColumn: undefined, empty: [], claimed: new Set() };
  const values = new Map(candidates.map((c) => [c.column, new ColumnValues()]));
  for await (const batch of rows()) {
    for (const src of batch) {
      for (const [column, seen] of values) seen.add(readScoreCell(src.fields[column], decimalComma));
    }
  }
  const scores: ScoreColumn[] = [];
  const empty: string[] = [];
  for (const c of candidates) {
    const seen = values.get(c.column)!;
    if (seen.empty) empty.push(c.column);
    else if (seen.numeric || (c.role === 'label' && seen.fewLabels)) {
      scores.push({ ...c, outputType: c.ragas ? scale(0, 1) : seen.outputType() });
    }
  }
  // `X` beside `X_scores` (the samples averaged into X): X is the judge's score.
  const judgeColumns = new Set(scores.map((s) => s.column));
  dropWhere(scores, (s) => s.role === 'judge' && s.column !== s.name && judgeColumns.has(s.name));
  nameLabels(scores);
  const reviewerColumn = scores.some((s) => s.role === 'label') ? columns.find((c) => REVIEWER.test(c)) : undefined;
  const claimed = new Set([...empty, ...(reviewerColumn ? [reviewerColumn] : [])]);
  for (const s of scores) {
    claimed.add(s.column);
    if (s.justification) claimed.add(s.justification);
  }
  return { scores, reviewerColumn, empty, claimed };
}

type Candidate = Omit<ScoreColumn, 'outputType'>;

function candidatesOf(columns: readonly string[], fieldColumns: ReadonlySet<string>): Candidate[] {
  const present = new Set(columns);
  const justificationOf = new Map<string, string>();
  for (const c of columns) {
    const m = JUSTIFICATION.exec(c);
    if (m && !justificationOf.has(m[1]!)) justificationOf.set(m[1]!, c);
  }
  const ragas = RAGAS_INPUTS.some((names) => names.every((c) => present.has(c)));
  const out: Candidate[] = [];
  for (const column of columns) {
    if (fieldColumns.has(column) || JUSTIFICATION.test(column) || REVIEWER.test(column)) continue;
    const human = HUMAN.exec(column);
    if ((human && !WRITTEN.test(column)) || LABEL_ONLY.test(column)) {
      const rest = human?.[2] ? stripScoreSuffix(human[2]) : '';
      out.push({
        name: rest,
        column,
        justification: justificationOf.get(column),
        role: 'label',
        reviewer: null,
        ragas: false,
      });
      continue;
    }
    const scored = SCORE.exec(column);
    const name = scored ? scored[1]! : column;
    const justification = justificationOf.get(column) ?? justificationOf.get(name);
    // `X` beside `X_scores` (samples averaged into X) is a judge's score too.
    const paired = justification !== undefined || scored !== null || columns.some((c) => SCORE.exec(c)?.[1] === column);
    const metric = ragas && RAGAS_METRIC.test(column);
    if (paired || metric) {
      out.push({ name, column, justification, role: 'judge', reviewer: null, ragas: metric && !paired });
    }
  }
  return out;
}

function dropWhere<T>(list: T[], drop: (value: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i]!)) list.splice(i, 1);
}

function stripScoreSuffix(name: string): string {
  return SCORE.exec(name)?.[1] ?? (/^labels?$/i.test(name) ? '' : name);
}

/**
 * A human column names its criterion (`human_correctness`) when a judge has that name. Otherwise,
 * with one judge in the file, it is that judge's rating by the rater it names (`annotator_alice`)
 * or by an unnamed rater (`label`, `human_score`); else the rest of its name is the criterion.
 */
function nameLabels(scores: ScoreColumn[]): void {
  const judges = scores.filter((s) => s.role === 'judge').map((s) => s.name);
  for (const s of scores) {
    if (s.role !== 'label' || judges.includes(s.name)) continue;
    if (judges.length === 1) {
      s.reviewer = s.name || null;
      s.name = judges[0]!;
    } else if (s.name === '') {
      s.name = s.column;
    }
  }
}

/** The verdicts and labels one row's score columns hold. */
export function readScores(table: TableScores, src: SourceRow, decimalComma: boolean): PreparedRow {
  const verdicts: ImportedVerdict[] = [];
  const labels: ImportedLabel[] = [];
  const reviewer = table.reviewerColumn ? toText(src.fields[table.reviewerColumn])?.trim() : undefined;
  for (const s of table.scores) {
    const cell = readScoreCell(src.fields[s.column], decimalComma);
    const justification = s.justification ? toText(src.fields[s.justification]) || null : null;
    const value = valueOf(cell, s.outputType);
    if (s.role === 'label') {
      if (value === null) continue;
      labels.push({
        judge: s.name,
        outputType: s.outputType,
        reviewer: s.reviewer ?? (reviewer || 'imported'),
        ...value,
        rationale: justification,
        createdAt: null,
      });
    } else if (value !== null) {
      verdicts.push(doneVerdict(judgeOf(s), { ...value, justification }));
    } else if (s.ragas) {
      verdicts.push(errorVerdict(judgeOf(s), RAGAS_NO_SCORE));
    } else if (justification) {
      // A score left empty beside a reason is a judge call that failed, saying why.
      verdicts.push(errorVerdict(judgeOf(s), justification));
    }
  }
  return { verdicts, labels };
}

const judges = new WeakMap<ScoreColumn, ImportedJudge>();

/** One judge object per column, shared by all its verdicts. */
function judgeOf(s: ScoreColumn): ImportedJudge {
  let judge = judges.get(s);
  if (!judge) {
    judge = { name: s.name, version: null, outputType: s.outputType, kind: 'llm', model: null, instructions: null };
    judges.set(s, judge);
  }
  return judge;
}

type Value = { score: number | null; label: string | null; pass: boolean | null };

function valueOf(cell: ReturnType<typeof readScoreCell>, outputType: OutputType): Value | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'bool':
      return { score: cell.value ? 1 : 0, label: null, pass: cell.value };
    case 'number':
      return outputType.kind === 'pass_fail'
        ? { score: cell.value, label: null, pass: cell.value === 1 }
        : { score: cell.value, label: null, pass: null };
    case 'text':
      return { score: null, label: cell.value, pass: null };
  }
}

/** What each claimed column became, for the import preview and summary. */
export function scoreColumnUses(table: TableScores): ColumnUse[] {
  const uses: ColumnUse[] = [];
  for (const s of table.scores) {
    const what =
      s.role === 'judge' ? `judge ${s.name}` : `labels for ${s.name} by ${s.reviewer ?? 'the reviewer column'}`;
    uses.push({
      column: s.column,
      use: s.role === 'judge' ? 'verdict' : 'label',
      detail: `${what} (${describe(s.outputType)})`,
    });
    if (s.justification) {
      uses.push({
        column: s.justification,
        use: s.role === 'judge' ? 'verdict' : 'label',
        detail: `reasons for ${s.name}`,
      });
    }
  }
  if (table.reviewerColumn) uses.push({ column: table.reviewerColumn, use: 'label', detail: 'who gave each label' });
  for (const column of table.empty)
    uses.push({ column, use: 'ignored', detail: 'a score column with no value in any row' });
  return uses;
}

function describe(outputType: OutputType): string {
  switch (outputType.kind) {
    case 'pass_fail':
      return 'pass/fail';
    case 'scale':
      return `${outputType.min}–${outputType.max}`;
    case 'categories':
      return outputType.categories.join(' / ');
  }
}
