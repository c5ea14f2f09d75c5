// CSV, JSONL and JSON tables: plain rows whose columns the user maps to item fields.
import type { ColumnMapping } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import { chosenMapping, RowMapper } from './mapping';
import { makeReader, type OpenContext } from './reader';
import { columnsOf, firstRows, SAMPLE_ROWS, type RowSource } from './rows';
import { findScoreColumns, readScores, scoreColumnUses } from './score-columns';
import type { ImportReader } from './types';

interface TableOptions {
  /** The file's fixed column list (CSV header, split `columns`); sampled from rows when absent. */
  columns?: string[];
  blankIsNull?: boolean;
  /** Score cells may write `4,5` for 4.5 (CSV separated by `;`). */
  decimalComma?: boolean;
}

export async function openTable(ctx: OpenContext, rows: RowSource, options: TableOptions = {}): Promise<ImportReader> {
  // Reading the first rows also refuses a file with none before the user maps anything.
  const sample = await firstRows(rows, options.columns ? 1 : SAMPLE_ROWS);
  const columns = options.columns ?? columnsOf(sample);
  const decimalComma = options.decimalComma ?? false;
  const fieldColumns = new Set(Object.values(chosenMapping(columns, ctx.mapping)));
  const scores = await findScoreColumns(columns, fieldColumns, rows, decimalComma);
  const mapping = chosenMapping(
    columns.filter((c) => !scores.claimed.has(c)),
    ctx.mapping,
  );
  if (options.columns) checkMappedColumns(ctx.file.name, mapping, columns);
  checkAnswerColumns(ctx.file.name, mapping);
  return makeReader({
    ...ctx,
    columns,
    mapping,
    mappable: true,
    rows,
    mapper: new RowMapper(mapping, {
      blankIsNull: options.blankIsNull ?? false,
      isVerdictColumn: (c) => scores.claimed.has(c),
    }),
    idColumn: mapping.id,
    prepare: scores.scores.length > 0 ? (src) => readScores(scores, src, decimalComma) : undefined,
    uses: scoreColumnUses(scores),
  });
}

/** A mapping naming a column the file does not have is the caller's mistake, not the file's. */
export function checkMappedColumns(fileName: string, mapping: ColumnMapping, columns: readonly string[]): void {
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== undefined && !columns.includes(column)) {
      throw new GavelError(
        'INVALID_INPUT',
        `Column "${column}" (mapped to ${field}) is not in ${fileName}; its columns are: ${columns.join(', ')}`,
      );
    }
  }
}

/** Two models' answers need two columns: one column mapped to both would be one model twice. */
function checkAnswerColumns(fileName: string, mapping: ColumnMapping): void {
  if (mapping.response_b !== undefined && mapping.response_b === mapping.response) {
    throw new GavelError(
      'INVALID_INPUT',
      `${fileName}: column "${mapping.response}" is mapped to both response and response_b; expected two different columns, one per model`,
    );
  }
}
