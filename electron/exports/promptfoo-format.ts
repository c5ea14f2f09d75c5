// promptfoo results (version 3) with the experts' verdicts added as `human` grading components, the
// way promptfoo's viewer records a manual rating. Rows imported from promptfoo keep everything they
// had; other rows are written in the same layout.
import type { ExportData, ExportRow } from './export-data';
import { prettyJson } from './json-text';

type Result = Record<string, unknown> & { gradingResult?: Record<string, unknown> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A promptfoo result row, as the importer read it. */
const isPromptfooResult = (row: unknown): row is Result =>
  isRecord(row) && isRecord(row.response) && 'gradingResult' in row;

function newResult(row: ExportRow, index: number): Result {
  return {
    testIdx: index,
    promptIdx: 0,
    vars: { question: row.item.request ?? '', expected: row.item.expected_response ?? '' },
    prompt: { raw: row.item.request ?? '', label: 'gavel' },
    provider: { id: 'gavel' },
    response: { output: row.item.response ?? '' },
    success: row.human.pass,
    score: row.human.pass ? 1 : 0,
    failureReason: 0,
    gradingResult: { pass: row.human.pass, score: row.human.pass ? 1 : 0, reason: '', componentResults: [] },
  };
}

export function promptfoo(data: ExportData): string {
  const judge = data.judge.name;
  const results = data.rows.map((row, index) => {
    const result: Result = isPromptfooResult(row.sourceRow) ? structuredClone(row.sourceRow) : newResult(row, index);
    const grading = isRecord(result.gradingResult) ? result.gradingResult : {};
    const components = Array.isArray(grading.componentResults) ? grading.componentResults.filter(isRecord) : [];
    const human = {
      assertion: { type: 'human', metric: judge },
      pass: row.human.pass,
      score: row.human.score ?? (row.human.pass ? 1 : 0),
      reason: row.human.rationale ?? 'Manual result (overrides all other grading results)',
      comment: row.human.rationale ?? '',
    };
    // A re-export replaces the earlier human component of this judge rather than adding another.
    const others = components.filter(
      (c) => !(isRecord(c.assertion) && c.assertion.type === 'human' && c.assertion.metric === judge),
    );
    result.gradingResult = { ...grading, componentResults: [...others, human] };
    return result;
  });
  const passed = data.rows.filter((row) => row.human.pass).length;
  return prettyJson({
    evalId: `gavel-${judge}-v${data.judge.version}`,
    results: {
      version: 3,
      timestamp: data.exportedAt,
      prompts: [],
      results,
      stats: { successes: passed, failures: data.rows.length - passed, errors: 0 },
    },
    config: { description: `Expert verdicts on ${judge} exported from Gavel` },
  });
}
