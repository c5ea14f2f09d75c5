// API handler for exports: assembles a judge's verdicts, the human decisions, its few-shot examples
// and, for an aligned version, its sealed-test result, and writes them in the requested format.
import type Database from 'better-sqlite3';
import type { ExportFile, ParsedInput } from '../../shared/contract';
import { listDatasets } from '../db/queries/datasets';
import { itemSource } from '../db/queries/items';
import { judgeVersions } from '../db/queries/judges';
import type { Workspace } from '../db/open-workspace';
import type { Alignment, ExportData, ExportTrust } from '../exports/export-data';
import { DEFAULT_HALF_WIDTH } from '../../shared/trust';
import { itemFields } from '../runner/run-store';
import { latestStoredAudit } from './audit-handlers';
import { calibrationStats } from './calibration-stats';
import { fewshotFor } from './fewshot-sets';
import { splitItems } from './expert-agreement';
import { judgePairs, type JudgePairs } from './judge-pairs';
import { trustView } from './trust-handlers';

/** Formats with a record per labelled item rather than per few-shot example. */
const ITEM_FORMATS = new Set([
  'langfuse',
  'langsmith',
  'mlflow-table',
  'bedrock-dataset',
  'report-csv',
  'report-html',
  'promptfoo',
]);

/** What an export holds: Gavel JSONL a line per item of the datasets, others a row or an example each. */
function recordsIn(format: ParsedInput<'export.build'>['format'], content: string, data: ExportData): number {
  if (format === 'gavel') return content.split('\n').filter((line) => line.length > 0).length;
  return ITEM_FORMATS.has(format) ? data.rows.length : data.examples.length;
}

/**
 * The Trust section: the experts' split items, the estimate on every dataset the judge judged, and
 * the judge's latest audit (of the version asked for, else of any, as the Trust panel reads it).
 */
function exportTrust(db: Database.Database, input: ParsedInput<'export.build'>, paired: JudgePairs): ExportTrust {
  const judged = listDatasets(db).filter((dataset) => dataset.judges.includes(input.judge));
  const query = {
    judge: input.judge,
    version: paired.version,
    reviewer: input.reviewer,
    halfWidth: DEFAULT_HALF_WIDTH,
  };
  return {
    expertSplits: splitItems(paired).length,
    datasets: judged.map((dataset) => ({
      name: dataset.name,
      view: trustView(db, { ...query, datasetId: dataset.id }),
    })),
    audit: latestStoredAudit(db, { judge: input.judge, version: input.version }),
  };
}

/** The sealed-test result of the alignment that made a judge version, or null when none did. */
export type AlignmentOf = (judge: string, version: number) => Alignment | null | Promise<Alignment | null>;

export function createExportHandlers(deps: { workspace: Workspace; now: () => Date; alignmentOf?: AlignmentOf }) {
  const db: Database.Database = deps.workspace.reader;

  return {
    'export.build': async (input: ParsedInput<'export.build'>): Promise<ExportFile> => {
      const paired = judgePairs(db, input);
      const version = judgeVersions(db, input.judge).find((v) => v.version === paired.version);
      const data: ExportData = {
        judge: {
          name: input.judge,
          version: paired.version,
          outputType: paired.outputType,
          instructions: version?.spec?.instructions ?? null,
          greaterIsBetter: paired.polarity.greaterIsBetter,
          model: version?.model ?? null,
        },
        rows: paired.pairs.map((pair) => ({
          itemId: pair.itemId,
          key: pair.key,
          item: itemFields(db, pair.itemId),
          sourceRow: itemSource(db, pair.itemId),
          verdict: pair.judge,
          human: {
            score: pair.human.score,
            label: pair.human.label,
            pass: pair.human.pass,
            rationale: pair.human.labels.find((l) => l.rationale)?.rationale ?? null,
            reviewers: pair.human.labels.map((l) => l.reviewer),
          },
        })),
        // A version made with examples (calibrate, align) ships those; others its set or suggestions.
        examples: version?.spec?.fewshot.length ? version.spec.fewshot : fewshotFor(db, input.judge, paired, input),
        stats: calibrationStats(db, input, paired),
        trust: exportTrust(db, input, paired),
        alignment: (await deps.alignmentOf?.(input.judge, paired.version)) ?? null,
        exportedAt: deps.now().toISOString(),
      };
      // The writers (React for the HTML report, CSV, …) load only when something is exported.
      const { FILE_TYPES, FORMATTERS } = await import('../exports/formats');
      const type = FILE_TYPES[input.format];
      const content = FORMATTERS[input.format](data, db);
      return {
        fileName: `${input.judge}-v${paired.version}-${type.suffix}`,
        mimeType: type.mimeType,
        content,
        records: recordsIn(input.format, content, data),
      };
    },
  };
}
