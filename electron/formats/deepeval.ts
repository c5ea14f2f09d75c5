// DeepEval test runs (`.deepeval/.latest_test_run.json`, `deepeval test run` / `evaluate`): one
// item per test case, one judge per metric, each metric's result on a case a verdict (or, when
// the metric raised, an error).
import type { ColumnMapping } from '../../shared/domain';
import { describeJson, ImportRejected } from './errors';
import { isRecord, toText } from './item-values';
import { JsonShapeError, shapeRejection, walkJson, type Select } from './json-walk';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { firstRows, SAMPLE_ROWS, columnsOf, type SourceRow } from './rows';
import type { SourceFile } from './source-file';
import type { ImportReader, ImportedJudge, ImportedVerdict } from './types';
import { doneVerdict, errorVerdict } from './verdicts';

/** A test-run file, or the test run it wraps (`testRunData`). */
export function isDeepEvalObject(value: Record<string, unknown>): boolean {
  const run = isRecord(value.testRunData) ? value.testRunData : value;
  return Array.isArray(run.testCases) && ('metricsScores' in run || 'testPassed' in run || 'testRunData' in value);
}

/** DeepEval's camelCase test-case fields (its pydantic aliases) that fill item fields. */
const MAPPING: ColumnMapping = {
  request: 'input',
  response: 'actualOutput',
  expected_response: 'expectedOutput',
  retrieved_context: 'retrievalContext',
};
const METRICS = 'metricsData';
const CONVERSATIONAL = 'conversationalTestCases';

const layout: Select = (path, kind) => {
  const [first, second] = path;
  const inRun = first === 'testRunData' ? 1 : 0;
  if (path.length === 0) {
    if (kind !== 'object') throw new Error('expected a DeepEval test run object');
    return 'enter';
  }
  if (path.length === 1 && first === 'testRunData') return kind === 'object' ? 'enter' : 'skip';
  if (path.length === 1 + inRun) {
    if ((inRun ? second : first) !== 'testCases') return 'skip';
    if (kind !== 'array') throw new Error('expected "testCases" to be a list of test cases');
    return 'enter';
  }
  return path.length === 2 + inRun ? 'take' : 'skip';
};

async function* testCaseRows(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
  let row = 0;
  for await (const picked of walkJson(file, layout, onBytes)) {
    const batch: SourceRow[] = [];
    for (const p of picked) {
      row++;
      if (!isRecord(p.value)) {
        throw new ImportRejected(
          file.name,
          `row ${row}`,
          `expected a test case object, found ${describeJson(p.value)}`,
        );
      }
      batch.push({ row, line: null, fields: p.value, sourceJson: JSON.stringify(p.value) });
    }
    if (batch.length > 0) yield batch;
  }
  if (row === 0) {
    throw await shapeRejection(
      file,
      new JsonShapeError(0, 'no test cases: expected "testRunData.testCases" (or "testCases") to list at least one'),
    );
  }
}

const conversational: Select = (path) => {
  const [first, second] = path;
  if (path.length === 0 || (path.length === 1 && first === 'testRunData')) return 'enter';
  const key = first === 'testRunData' ? second : first;
  return path.length === (first === 'testRunData' ? 2 : 1) && key === CONVERSATIONAL ? 'take' : 'skip';
};

/** Multi-turn test cases the run holds, which Gavel does not read (said in the import summary). */
async function conversationalCases(file: SourceFile): Promise<number> {
  let count = 0;
  for await (const picked of walkJson(file, conversational)) {
    for (const p of picked) if (Array.isArray(p.value)) count += p.value.length;
  }
  return count;
}

export async function openDeepEval(ctx: OpenContext): Promise<ImportReader> {
  const rows = (onBytes?: (bytes: number) => void) => testCaseRows(ctx.file, onBytes);
  const columns = columnsOf(await firstRows(rows, SAMPLE_ROWS));
  const unread = await conversationalCases(ctx.file);
  const judges = new Map<string, ImportedJudge>();
  return makeReader({
    ...ctx,
    columns,
    mapping: MAPPING,
    mappable: false,
    rows,
    mapper: new RowMapper(MAPPING, { isVerdictColumn: (c) => c === METRICS }),
    idColumn: undefined,
    prepare: (src) => prepareTestCase(ctx.file.name, src, judges),
    uses: [
      { column: METRICS, use: 'verdict', detail: 'one judge per metric; a metric error an error verdict' },
      ...(unread > 0
        ? [{ column: CONVERSATIONAL, use: 'ignored' as const, detail: `${unread} multi-turn test cases, not read` }]
        : []),
    ],
  });
}

function prepareTestCase(fileName: string, src: SourceRow, judges: Map<string, ImportedJudge>): PreparedRow {
  const metrics = src.fields[METRICS] ?? [];
  if (!Array.isArray(metrics)) {
    throw new ImportRejected(
      fileName,
      `row ${src.row}`,
      `expected "${METRICS}" to be a list, found ${describeJson(metrics)}`,
    );
  }
  const verdicts: ImportedVerdict[] = [];
  metrics.forEach((m, i) => {
    if (!isRecord(m) || typeof m.name !== 'string' || m.name === '') {
      throw new ImportRejected(fileName, `row ${src.row}`, `expected ${METRICS}[${i}] to be a metric with a "name"`);
    }
    verdicts.push(verdictOf(m, judgeOf(m, judges)));
  });
  return { verdicts };
}

/**
 * One judge per metric name. DeepEval scores 0–1 and passes a case when its score reaches the
 * metric's threshold; the first threshold seen is the judge's.
 */
function judgeOf(m: Record<string, unknown>, judges: Map<string, ImportedJudge>): ImportedJudge {
  const name = m.name as string;
  let judge = judges.get(name);
  if (!judge) {
    const model = toText(m.evaluationModel);
    judge = {
      name,
      version: null,
      outputType: {
        kind: 'scale',
        min: 0,
        max: 1,
        passThreshold: typeof m.threshold === 'number' ? m.threshold : null,
      },
      kind: model ? 'llm' : 'heuristic',
      model,
      instructions: null,
    };
    judges.set(name, judge);
  }
  return judge;
}

function verdictOf(m: Record<string, unknown>, judge: ImportedJudge): ImportedVerdict {
  const cost = typeof m.evaluationCost === 'number' ? m.evaluationCost : null;
  // A metric that raised keeps its error and never a score, whatever `score` says.
  const error = toText(m.error);
  if (error) return errorVerdict(judge, error, { cost });
  return doneVerdict(judge, {
    score: typeof m.score === 'number' ? m.score : null,
    pass: typeof m.success === 'boolean' ? m.success : null,
    justification: toText(m.reason),
    cost,
  });
}
