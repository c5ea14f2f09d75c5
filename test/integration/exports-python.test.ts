// Exports read by Python as their users read them: the MLflow snippet run by python3 (against a
// stand-in mlflow package that records the calls), and the tables loaded with pandas.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, value } from '../helpers/temp-workspace';
import { build, HOSTILE_RATIONALE, hostileSample, written } from '../helpers/exports-hostile';

const PYTHON = '/usr/bin/python3';

/** A stand-in for mlflow.metrics.genai with MLflow's own signatures: it records what the snippet passes. */
const FAKE_GENAI = `
import json, os

class EvaluationExample:
    def __init__(self, input, output, score, justification, grading_context=None):
        self.fields = dict(input=input, output=output, score=score, justification=justification,
                           grading_context=grading_context)

def make_genai_metric(name, definition, grading_prompt, examples=None, version="v1", model=None,
                      grading_context_columns=None, include_input=True, parameters=None, aggregations=None,
                      greater_is_better=True, max_workers=10, metric_metadata=None):
    with open(os.environ["GAVEL_RECORD"], "w") as out:
        json.dump(dict(name=name, definition=definition, grading_prompt=grading_prompt,
                       examples=[e.fields for e in examples], version=version, model=model,
                       grading_context_columns=grading_context_columns,
                       greater_is_better=greater_is_better), out)
    return object()
`;

function fakeMlflow(): string {
  const root = tempDir();
  const genai = path.join(root, 'mlflow', 'metrics', 'genai');
  fs.mkdirSync(genai, { recursive: true });
  fs.writeFileSync(path.join(root, 'mlflow', '__init__.py'), '');
  fs.writeFileSync(path.join(root, 'mlflow', 'metrics', '__init__.py'), '');
  fs.writeFileSync(path.join(genai, '__init__.py'), FAKE_GENAI);
  return root;
}

const PANDAS_SCRIPT = `
import json, sys
import pandas as pd
mlflow_examples, mlflow_table, databricks, databricks_csv = sys.argv[1:5]
frames = {
    "mlflow": pd.read_json(mlflow_examples, orient="records"),
    "mlflow-table": pd.read_json(mlflow_table, orient="split"),
    "databricks": pd.DataFrame(json.load(open(databricks, encoding="utf-8"))),
    "databricks-csv": pd.read_csv(databricks_csv),
}
print(json.dumps({name: {"rows": len(df), "columns": list(df.columns), "records": json.loads(df.to_json(orient="records"))}
                  for name, df in frames.items()}))
`;

describe('exports read by Python', () => {
  it('the MLflow snippet runs and passes exactly the exported examples, hostile strings included', async () => {
    const core = await hostileSample();
    const snippet = await build(core, 'mlflow-python');
    expect(snippet.fileName).toBe('correctness-v1-mlflow-metric.py');
    // Pure ASCII whatever the examples hold, so no editor or encoding can mangle it.
    expect([...snippet.content].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    const record = path.join(tempDir(), 'record.json');
    execFileSync(PYTHON, [written(snippet)], { env: { PYTHONPATH: fakeMlflow(), GAVEL_RECORD: record } });
    const called = JSON.parse(fs.readFileSync(record, 'utf8'));

    const examples = JSON.parse((await build(core, 'mlflow')).content);
    expect(examples.length).toBeGreaterThan(0);
    expect(called.examples).toEqual(examples);
    expect(called.examples.map((e: { justification: string }) => e.justification)).toContain(HOSTILE_RATIONALE);
    expect(JSON.stringify(called.examples)).toContain('triple \\"\\"\\"quotes');
    expect(called).toMatchObject({
      name: 'correctness',
      version: 'v1',
      greater_is_better: true,
      grading_context_columns: ['targets'],
    });
    expect(called.grading_prompt).toContain('from 1 to 5');
  });

  it('pandas loads the MLflow, MLflow table and Databricks exports with the experts’ values', async () => {
    const probe = (() => {
      try {
        execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'pipe' });
        return null;
      } catch (error) {
        return String((error as { stderr?: Buffer }).stderr ?? error);
      }
    })();
    if (probe !== null) {
      throw new Error(
        `${PYTHON} cannot import pandas (${probe.trim()}): install Debian's python3-pandas (.ci/run does).`,
      );
    }
    const core = await hostileSample();
    const files = await Promise.all(
      (['mlflow', 'mlflow-table', 'databricks', 'databricks-csv'] as const).map(async (f) => written(await build(core, f))),
    );
    const loaded = JSON.parse(execFileSync(PYTHON, ['-c', PANDAS_SCRIPT, ...files], { encoding: 'utf8' })) as Record<
      string,
      { rows: number; columns: string[]; records: Record<string, unknown>[] }
    >;
    const pairs = value(await core.call('calibration.stats', { judge: 'correctness' })) as { n: number };
    const examples = JSON.parse(fs.readFileSync(files[0]!, 'utf8')) as unknown[];

    expect(loaded.mlflow!.rows).toBe(examples.length);
    expect(loaded.mlflow!.columns).toEqual(['input', 'output', 'score', 'justification', 'grading_context']);
    expect(loaded.mlflow!.records.map((r) => r.justification)).toContain(HOSTILE_RATIONALE);

    const table = loaded['mlflow-table']!;
    expect(table.rows).toBe(pairs.n);
    expect(table.columns).toContain('correctness/v1/human_rationale');
    const hostileRow = table.records.find((r) => r['correctness/v1/human_rationale'] === HOSTILE_RATIONALE)!;
    expect(hostileRow['correctness/v1/human_score']).toBe(1);
    expect(hostileRow['correctness/v1/score']).toBe(5);

    for (const name of ['databricks', 'databricks-csv']) {
      const frame = loaded[name]!;
      expect(frame.rows).toBe(examples.length);
      expect(frame.columns).toEqual([
        'request',
        'response',
        'expected_response',
        'retrieved_context',
        'response/llm_judged/correctness/rating',
        'response/llm_judged/correctness/rationale',
      ]);
      const hostile = frame.records.find((r) => r['response/llm_judged/correctness/rationale'] === HOSTILE_RATIONALE)!;
      expect(hostile['response/llm_judged/correctness/rating']).toBe('no');
    }
  });
});
