// Labels from a CSV (item, judge, value, rationale[, reviewer, dataset]) as pack entries. A value is
// read on its criterion's scale: the judge's, else the built-in template of that name, else (a
// golden set labelled before any judge exists) a human-only scale read from the file's own values.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../shared/domain';
import type { PackedLabel, SkippedLabel } from '../../shared/review';
import { GavelError } from '../../shared/result';
import type { Polarity } from '../../shared/verdict-value';
import { criterionPolarity } from '../db/queries/criteria';
import { datasetNameById } from '../db/queries/datasets';
import type { LabelCsvRow, LabelFile } from '../formats/label-file';
import { templateByName } from '../judging/templates';
import { parseValue, valueProblem } from './label-values';

/** A pack entry and where in its file it came from, so a skip can name its line. */
export interface LocatedLabel {
  label: PackedLabel;
  where: string;
}

export interface CsvLabels {
  labels: LocatedLabel[];
  skipped: SkippedLabel[];
  /** Criteria no judge defines yet, with the scale their labels were read on. */
  newCriteria: Map<string, Polarity>;
}

const YES_NO_WORDS = new Set(['yes', 'no', 'true', 'false', 'pass', 'fail']);

/**
 * The scale of a criterion only people have rated: yes/no when every value is a yes/no word, a
 * whole-number scale spanning the values when all are numbers, else the categories used.
 */
export function scaleFromValues(values: readonly string[]): OutputType {
  const given = values.map((value) => value.trim()).filter((value) => value !== '');
  if (given.length > 0 && given.every((value) => YES_NO_WORDS.has(value.toLowerCase()))) return { kind: 'pass_fail' };
  const numbers = given.map(Number);
  if (given.length > 0 && numbers.every((n) => Number.isFinite(n))) {
    const min = Math.floor(Math.min(...numbers));
    return { kind: 'scale', min, max: Math.max(Math.ceil(Math.max(...numbers)), min + 1), passThreshold: null };
  }
  return { kind: 'categories', categories: [...new Set(given)].sort() };
}

/** Every row of the CSV (values are needed whole to read a new criterion's scale). */
async function readRows(csv: Extract<LabelFile, { kind: 'csv' }>): Promise<LabelCsvRow[]> {
  const fileName = csv.file.name;
  const missing = ['item', 'judge', 'value'].filter((column) => !csv.columns.includes(column));
  if (missing.length > 0) {
    throw new GavelError(
      'IMPORT_REJECTED',
      `${fileName}, line 1: expected a header with item, judge, value (and rationale, reviewer, dataset); missing ${missing.join(', ')}`,
    );
  }
  const rows: LabelCsvRow[] = [];
  for await (const row of csv.rows()) {
    if (Object.values(row.cells).some((cell) => cell !== '')) rows.push(row);
  }
  if (rows.length === 0) throw new GavelError('IMPORT_REJECTED', `${fileName}, line 2: no rows after the header`);
  return rows;
}

export async function csvLabels(
  db: Database.Database,
  csv: Extract<LabelFile, { kind: 'csv' }>,
  defaults: { datasetId?: number; reviewer?: string; now: string },
): Promise<CsvLabels> {
  const fileName = csv.file.name;
  const rows = await readRows(csv);
  const defaultDataset = defaults.datasetId === undefined ? undefined : datasetNameById(db, defaults.datasetId);
  const scales = new Map<string, Polarity>();
  const newCriteria = new Map<string, Polarity>();
  const scaleOf = (judge: string): Polarity => {
    const known = scales.get(judge) ?? criterionPolarity(db, judge);
    if (known) return known;
    const template = templateByName(judge)?.spec;
    const scale = template
      ? { outputType: template.outputType, greaterIsBetter: template.greaterIsBetter }
      : {
          outputType: scaleFromValues(
            rows.filter((row) => row.cells.judge === judge).map((row) => row.cells.value ?? ''),
          ),
          greaterIsBetter: true,
        };
    scales.set(judge, scale);
    newCriteria.set(judge, scale);
    return scale;
  };

  const labels: LocatedLabel[] = [];
  const skipped: SkippedLabel[] = [];
  rows.forEach(({ line, cells: row }) => {
    const where = `line ${line}`;
    const dataset = row.dataset || defaultDataset;
    const reviewer = row.reviewer || defaults.reviewer;
    if (!dataset)
      throw new GavelError('IMPORT_REJECTED', `${fileName}, ${where}: no dataset column and no --dataset given`);
    if (!reviewer)
      throw new GavelError('IMPORT_REJECTED', `${fileName}, ${where}: no reviewer column and no --reviewer given`);
    if (!row.judge) {
      skipped.push({ where, reason: 'no judge (criterion) named' });
      return;
    }
    const scale = scaleOf(row.judge);
    const value = parseValue(row.value!, scale);
    const problem = valueProblem(value, scale.outputType);
    if (problem) throw new GavelError('IMPORT_REJECTED', `${fileName}, ${where}: ${problem} for judge ${row.judge}`);
    labels.push({
      where,
      label: {
        ...value,
        // The same row of the same file imported twice is the same label.
        uid: `csv:${dataset}:${row.item}:${row.judge}:${reviewer}:${row.value}:${row.rationale ?? ''}`,
        dataset,
        item: row.item!,
        judge: row.judge,
        reviewer,
        action: 'override',
        rationale: row.rationale || null,
        tags: [],
        blind: null,
        createdAt: defaults.now,
      },
    });
  });
  return { labels, skipped, newCriteria };
}
