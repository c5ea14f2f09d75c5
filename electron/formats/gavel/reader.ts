// Reads Gavel JSONL (line.ts). For the import preview it reads like any other format (items, their
// verdicts and labels); the workspace restores it from `lines()`, which keep everything.
import { ImportRejected } from '../errors';
import { jsonlRows } from '../jsonl';
import { NO_ANSWERS } from '../mapping';
import type { OpenContext } from '../reader';
import type { ImportReader, ImportRecord } from '../types';
import { JudgeRegistry } from '../verdicts';
import { gavelLine, type GavelLine } from './line';

export interface GavelReader extends ImportReader {
  /** The file's lines, validated, with the line number each came from. */
  lines(onProgress?: (bytes: number) => void): AsyncIterable<{ line: number; value: GavelLine }>;
}

/** Every Gavel JSONL line names its layout version, dataset and judgments; no other format has all three. */
export const isGavelRow = (row: Record<string, unknown>): boolean =>
  'gavel' in row && 'dataset' in row && 'judgments' in row;

export const isGavelReader = (reader: ImportReader): reader is GavelReader => 'lines' in reader;

const COLUMNS = ['gavel', 'dataset', 'key', 'item', 'source', 'createdAt', 'judgments', 'labels'];

export async function openGavel(ctx: OpenContext): Promise<GavelReader> {
  const { file } = ctx;

  async function* lines(onProgress?: (bytes: number) => void) {
    // Keys are unique per dataset in a workspace; a file repeating one could not be restored as written.
    const seen = new Map<string, number>();
    for await (const batch of jsonlRows(file, onProgress)) {
      for (const src of batch) {
        const line = src.line ?? src.row;
        const parsed = gavelLine.safeParse(src.fields);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
          throw new ImportRejected(file.name, `line ${line}`, `${where}${issue.message}; expected a Gavel JSONL item`);
        }
        const id = `${parsed.data.dataset}\u0000${parsed.data.key}`;
        const first = seen.get(id);
        if (first !== undefined) {
          throw new ImportRejected(
            file.name,
            `line ${line}`,
            `item "${parsed.data.key}" of dataset "${parsed.data.dataset}" is already on line ${first}; expected each item once`,
          );
        }
        seen.set(id, line);
        yield { line, value: parsed.data };
      }
    }
  }

  async function* records(onProgress?: (bytes: number) => void): AsyncIterable<ImportRecord> {
    const judges = new JudgeRegistry();
    for await (const { line, value } of lines(onProgress)) yield previewRecord(line, value, judges);
  }

  // Reading the first line refuses a file that is not Gavel JSONL before anything is shown.
  const head = lines()[Symbol.asyncIterator]();
  await head.next();
  await head.return();

  return {
    fileName: file.name,
    format: ctx.format,
    detected: ctx.detected,
    columns: COLUMNS,
    // The file says which field is which: nothing to map.
    mapping: {},
    mappable: false,
    // A Gavel line is Gavel's own layout, restored whole: no column is left over.
    columnUses: [],
    totalBytes: file.size,
    records,
    lines,
  };
}

/** A line as the import preview summarises it: the item with its verdicts and labels. */
function previewRecord(line: number, value: GavelLine, judges: JudgeRegistry): ImportRecord {
  return {
    row: line,
    key: value.key,
    item: value.item,
    sourceJson: value.source,
    verdicts: value.judgments.map((j) => ({
      judge: judges.get({
        name: j.judgeVersion.judge,
        version: `v${j.judgeVersion.version}`,
        outputType: j.judgeVersion.outputType,
        kind: j.judgeVersion.kind === 'heuristic' ? 'heuristic' : 'llm',
        model: j.judgeVersion.model,
        instructions: j.judgeVersion.instructions,
      }),
      status: j.status,
      score: j.score,
      label: j.label,
      pass: j.pass,
      justification: j.justification,
      error: j.error,
      chunks: j.chunks,
      latencyMs: j.latencyMs,
      inputTokens: j.inputTokens,
      outputTokens: j.outputTokens,
      cost: j.cost,
    })),
    labels: value.labels.map((l) => ({
      judge: l.judge,
      // The preview only counts labels; a label on a judge without verdicts here has no scale to show.
      outputType: value.judgments.find((j) => j.judgeVersion.judge === l.judge)?.judgeVersion.outputType ?? {
        kind: 'pass_fail',
      },
      reviewer: l.reviewer,
      score: l.score,
      label: l.label,
      pass: l.pass,
      rationale: l.rationale,
      createdAt: l.createdAt,
    })),
    // Gavel JSONL carries no candidate answers (restoreGavel stores items, judgments and labels).
    answers: NO_ANSWERS,
  };
}
