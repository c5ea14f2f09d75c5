// MLflow `eval_results_table.json`: a split table whose `NAME/VERSION/score` and
// `NAME/VERSION/justification` columns are the verdicts of one judge per NAME/VERSION.
import { toText } from './item-values';
import { chosenMapping, RowMapper } from './mapping';
import { makeReader, type OpenContext } from './reader';
import { firstRows, rejectRow, type RowSource, type SourceRow } from './rows';
import { readSplitColumns, splitRowSource } from './split-table';
import { checkMappedColumns } from './table';
import type { ImportReader, ImportedJudge, ImportedVerdict } from './types';
import { doneVerdict, errorVerdict, ObservedScale, scale } from './verdicts';

export function isMlflowColumns(columns: readonly string[]): boolean {
  return columns.some((c) => c.endsWith('/score'));
}

interface Metric {
  judge: ImportedJudge;
  scoreColumn: string;
  justificationColumn: string | undefined;
}

/** MLflow's built-in heuristic metrics scored 0..1; other heuristics get the range they used. */
const UNIT_METRICS = /^(exact_match|toxicity|rouge(1|2|L|Lsum)|bleu|(precision|recall|ndcg)_at_\d+)$/;

export async function openMlflow(ctx: OpenContext): Promise<ImportReader> {
  const columns = await readSplitColumns(ctx.file);
  const rows = splitRowSource(ctx.file);
  await firstRows(rows, 1); // refuses an empty table now rather than once the import has begun
  const metrics = await metricsOf(columns, rows);
  const verdictColumns = new Set(
    metrics.flatMap((m) => (m.justificationColumn ? [m.scoreColumn, m.justificationColumn] : [m.scoreColumn])),
  );
  const mapping = chosenMapping(
    columns.filter((c) => !verdictColumns.has(c)),
    ctx.mapping,
  );
  checkMappedColumns(ctx.file.name, mapping, columns);
  return makeReader({
    ...ctx,
    columns,
    mapping,
    mappable: false,
    rows,
    mapper: new RowMapper(mapping, { isVerdictColumn: (c) => verdictColumns.has(c) }),
    idColumn: mapping.id,
    prepare: (src) => ({ verdicts: verdictsOf(ctx.file.name, metrics, src) }),
  });
}

/**
 * One judge per `NAME/VERSION/score` (or `NAME/score`) column. A metric with a justification
 * column is an LLM-judged genai metric, scored 1–5; a heuristic one is scored on its own range,
 * read from the file when MLflow does not fix it.
 */
async function metricsOf(columns: readonly string[], rows: RowSource): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const unranged = new Map<string, ObservedScale>();
  for (const scoreColumn of columns.filter((c) => c.endsWith('/score'))) {
    const prefix = scoreColumn.slice(0, -'/score'.length);
    const parts = prefix.split('/');
    const versioned = parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]!);
    const name = versioned ? parts.slice(0, -1).join('/') : prefix;
    const justificationColumn = columns.find((c) => c === `${prefix}/justification`);
    const llm = justificationColumn !== undefined;
    if (!llm && !UNIT_METRICS.test(name)) unranged.set(scoreColumn, new ObservedScale());
    metrics.push({
      judge: {
        name,
        version: versioned ? parts[parts.length - 1]! : null,
        outputType: llm ? scale(1, 5) : scale(0, 1),
        kind: llm ? 'llm' : 'heuristic',
        model: null,
        instructions: null,
      },
      scoreColumn,
      justificationColumn,
    });
  }
  if (unranged.size > 0) {
    for await (const batch of rows()) {
      for (const src of batch) for (const [column, seen] of unranged) seen.add(src.fields[column]);
    }
    for (const m of metrics) {
      const seen = unranged.get(m.scoreColumn);
      if (seen) m.judge.outputType = seen.outputType();
    }
  }
  return metrics;
}

function verdictsOf(fileName: string, metrics: readonly Metric[], src: SourceRow): ImportedVerdict[] {
  const verdicts: ImportedVerdict[] = [];
  for (const m of metrics) {
    const raw = src.fields[m.scoreColumn];
    const justification = m.justificationColumn ? toText(src.fields[m.justificationColumn]) : null;
    if (raw === null || raw === undefined) {
      // A failed judge call leaves the score empty and says why ("Failed to ...") in the
      // justification; an empty score with no reason means the metric was not computed here.
      if (justification) verdicts.push(errorVerdict(m.judge, justification));
      continue;
    }
    const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(score)) {
      throw rejectRow(fileName, src, `expected a number or null in "${m.scoreColumn}", found ${JSON.stringify(raw)}`);
    }
    verdicts.push(doneVerdict(m.judge, { score, justification }));
  }
  return verdicts;
}
