// promptfoo `results.json` (`promptfoo eval -o`, results.version 2 or 3; both keep one result per
// test × prompt in results.results, v2 adds a `table` view of the same): each assertion's grading a
// verdict, each named score no assertion carries a judge, a manual rating a human label.
import type { ColumnMapping } from '../../shared/domain';
import { describeJson, ImportRejected } from './errors';
import { isRecord, putOwn, toText } from './item-values';
import { JsonShapeError, shapeRejection, walkJson, type Select } from './json-walk';
import { chosenMapping, RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { firstRows, SAMPLE_ROWS, type SourceRow } from './rows';
import type { SourceFile } from './source-file';
import type { ImportReader, ImportedLabel, ImportedVerdict } from './types';
import { doneVerdict, JudgeRegistry, PASS_FAIL, scale } from './verdicts';

/** Assertion types graded by a model; every other type is a rule-based check. */
const MODEL_GRADED = new Set([
  'llm-rubric',
  'factuality',
  'model-graded-closedqa',
  'g-eval',
  'answer-relevance',
  'context-faithfulness',
  'context-recall',
  'context-relevance',
  'select-best',
  'model-graded-factuality',
]);

/** The reason promptfoo's viewer writes on a manual rating: not the reviewer's own words. */
const MANUAL_RATING_REASON = 'Manual result (overrides all other grading results)';

export function isPromptfooObject(value: Record<string, unknown>): boolean {
  return isRecord(value.results) && 'version' in value.results;
}

const layout: Select = (path, kind) => {
  if (path.length === 0) {
    if (kind !== 'object') throw new Error('expected a promptfoo results object');
    return 'enter';
  }
  if (path[0] !== 'results') return 'skip';
  if (path.length === 1) {
    if (kind !== 'object') throw new Error(`expected "results" to be an object`);
    return 'enter';
  }
  if (path.length === 2) {
    if (path[1] === 'version') return 'take';
    if (path[1] !== 'results') return 'skip';
    if (kind !== 'array') throw new Error('expected "results.results" to be a list of results');
    return 'enter';
  }
  return 'take';
};

async function* promptfooRows(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
  let version: unknown;
  let row = 0;
  for await (const picked of walkJson(file, layout, onBytes)) {
    const batch: SourceRow[] = [];
    for (const p of picked) {
      if (p.path.length === 2) {
        version = p.value;
        if (version !== 2 && version !== 3) {
          throw await shapeRejection(
            file,
            new JsonShapeError(
              p.token,
              `results.version is ${JSON.stringify(version)}; expected 2 or 3 (export again with a current promptfoo: promptfoo eval -o results.json)`,
            ),
          );
        }
        continue;
      }
      if (version === undefined) {
        // promptfoo writes the version first; without it the rows' layout is unknown.
        throw await shapeRejection(file, new JsonShapeError(p.token, 'expected "results.version" before the results'));
      }
      row++;
      if (!isRecord(p.value)) {
        throw new ImportRejected(file.name, `row ${row}`, `expected a result object, found ${describeJson(p.value)}`);
      }
      batch.push({ row, line: null, fields: p.value, sourceJson: JSON.stringify(p.value) });
    }
    if (batch.length > 0) yield batch;
  }
  if (version === undefined) {
    throw await shapeRejection(file, new JsonShapeError(0, 'expected a promptfoo results file with "results.version"'));
  }
  if (row === 0) throw new ImportRejected(file.name, 'row 1', 'no rows: results.results is empty');
}

function varsOf(result: Record<string, unknown>): Record<string, unknown> {
  if (isRecord(result.vars)) return result.vars;
  return isRecord(result.testCase) && isRecord(result.testCase.vars) ? result.testCase.vars : {};
}

export async function openPromptfoo(ctx: OpenContext): Promise<ImportReader> {
  const rows = (onBytes?: (bytes: number) => void) => promptfooRows(ctx.file, onBytes);
  const columns = [...new Set((await firstRows(rows, SAMPLE_ROWS)).flatMap((src) => Object.keys(varsOf(src.fields))))];
  // Vars give the request and expectations; the response is the provider's output and the key
  // the test index, so neither comes from a var.
  const { response: _response, id: _id, ...mapping }: ColumnMapping = chosenMapping(columns, ctx.mapping);
  const judges = new JudgeRegistry();
  return makeReader({
    ...ctx,
    columns,
    mapping,
    mappable: false,
    rows,
    mapper: new RowMapper(mapping),
    idColumn: undefined,
    prepare: (src) => prepareResult(src.fields, mapping, judges),
  });
}

function prepareResult(result: Record<string, unknown>, mapping: ColumnMapping, judges: JudgeRegistry): PreparedRow {
  const vars = varsOf(result);
  const response = isRecord(result.response) ? result.response : {};
  const prompt = isRecord(result.prompt) ? result.prompt : {};
  const requestVar = mapping.request === undefined ? undefined : vars[mapping.request];
  const testCase = isRecord(result.testCase) ? result.testCase : {};
  const metadata: Record<string, unknown> = {};
  if (isRecord(result.metadata)) {
    // Keys starting with "_" are promptfoo's own bookkeeping (`_promptfooFileMetadata`).
    for (const [k, v] of Object.entries(result.metadata)) if (!k.startsWith('_')) putOwn(metadata, k, v);
  }
  Object.assign(metadata, {
    provider: providerId(result.provider),
    testIdx: result.testIdx ?? null,
    promptIdx: result.promptIdx ?? null,
    success: result.success ?? null,
    score: result.score ?? null,
    failureReason: result.failureReason ?? null,
  });
  if (result.error != null) metadata.error = result.error;
  if (typeof testCase.description === 'string') metadata.description = testCase.description;

  const { verdicts, labels } = gradingOf(result, testCase, judges);
  return {
    fields: vars,
    item: {
      response: toText(response.output),
      // Without a var holding the question, the rendered prompt is the request.
      ...(requestVar === undefined || requestVar === null ? { request: toText(prompt.raw) } : {}),
    },
    metadata,
    key: keyOf(result),
    verdicts,
    labels,
  };
}

/** `testIdx`, with `-promptIdx` for every prompt after the first. */
function keyOf(result: Record<string, unknown>): string | undefined {
  if (typeof result.testIdx !== 'number') return undefined;
  const prompt = typeof result.promptIdx === 'number' ? result.promptIdx : 0;
  return prompt === 0 ? String(result.testIdx) : `${result.testIdx}-${prompt}`;
}

function providerId(provider: unknown): string | null {
  if (typeof provider === 'string') return provider;
  return isRecord(provider) ? toText(provider.id) : null;
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * One verdict per grading component, named by the assertion's metric or else its type; a name
 * used twice in a row becomes `name#2`, `name#3`. A `human` component is a manual rating: a label
 * for the assertion it rates when the row has exactly one, else for `overall` (promptfoo's manual
 * rating overrides the whole row), unless it names its own metric.
 */
function gradingOf(
  result: Record<string, unknown>,
  testCase: Record<string, unknown>,
  judges: JudgeRegistry,
): { verdicts: ImportedVerdict[]; labels: ImportedLabel[] } {
  const grading = isRecord(result.gradingResult) ? result.gradingResult : {};
  const components = Array.isArray(grading.componentResults) ? grading.componentResults.filter(isRecord) : [];
  const options = isRecord(testCase.options) ? testCase.options : {};
  const verdicts: ImportedVerdict[] = [];
  const humans: Record<string, unknown>[] = [];
  const uses = new Map<string, number>();
  for (const c of components) {
    const assertion = isRecord(c.assertion) ? c.assertion : {};
    const type = typeof assertion.type === 'string' ? assertion.type : 'assertion';
    if (type === 'human') {
      humans.push(c);
      continue;
    }
    const base = typeof assertion.metric === 'string' && assertion.metric ? assertion.metric : type;
    const use = (uses.get(base) ?? 0) + 1;
    uses.set(base, use);
    const llm = MODEL_GRADED.has(type.replace(/^not-/, ''));
    const judge = judges.get({
      name: use === 1 ? base : `${base}#${use}`,
      version: null,
      outputType: PASS_FAIL,
      kind: llm ? 'llm' : 'heuristic',
      model: llm ? (providerId(assertion.provider) ?? providerId(options.provider)) : null,
      instructions: typeof assertion.value === 'string' ? assertion.value : null,
    });
    // Tokens are the grading call's own (the row's tokenUsage counts the provider's call);
    // promptfoo keeps latency and cost only per row, so those are the row's.
    const tokens = isRecord(c.tokensUsed) ? c.tokensUsed : {};
    verdicts.push(
      doneVerdict(judge, {
        score: numberOrNull(c.score),
        pass: typeof c.pass === 'boolean' ? c.pass : null,
        justification: toText(c.reason),
        latencyMs: numberOrNull(result.latencyMs),
        cost: numberOrNull(result.cost),
        inputTokens: numberOrNull(tokens.prompt),
        outputTokens: numberOrNull(tokens.completion),
      }),
    );
  }
  verdicts.push(...namedScoreVerdicts(result, verdicts, judges));
  const labels = humans.map((c): ImportedLabel => {
    const assertion = isRecord(c.assertion) ? c.assertion : {};
    const reason = toText(c.reason);
    const comment = toText(c.comment) || toText(grading.comment);
    return {
      judge:
        typeof assertion.metric === 'string' && assertion.metric
          ? assertion.metric
          : verdicts.length === 1
            ? verdicts[0]!.judge.name
            : 'overall',
      outputType: PASS_FAIL,
      reviewer: 'promptfoo',
      score: numberOrNull(c.score),
      label: null,
      pass: typeof c.pass === 'boolean' ? c.pass : null,
      rationale: comment || (reason === MANUAL_RATING_REASON ? null : reason),
      createdAt: null,
    };
  });
  return { verdicts, labels };
}

/**
 * `namedScores` (per metric, the weighted score of the assertions named by it) become one judge
 * per metric when no assertion component of the row already gave that metric a verdict: files
 * whose results keep the named scores but not the components that produced them.
 */
function namedScoreVerdicts(
  result: Record<string, unknown>,
  components: readonly ImportedVerdict[],
  judges: JudgeRegistry,
): ImportedVerdict[] {
  const named = isRecord(result.namedScores) ? result.namedScores : {};
  const covered = new Set(components.map((v) => v.judge.name));
  const out: ImportedVerdict[] = [];
  for (const [metric, score] of Object.entries(named)) {
    if (covered.has(metric) || typeof score !== 'number') continue;
    const judge = judges.get({
      name: metric,
      version: null,
      outputType: scale(0, 1),
      kind: 'heuristic',
      model: null,
      instructions: null,
    });
    out.push(doneVerdict(judge, { score, latencyMs: numberOrNull(result.latencyMs), cost: numberOrNull(result.cost) }));
  }
  return out;
}
