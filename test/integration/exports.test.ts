// Exports re-read and compared with the labels they came from.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportFile, ExportFormat } from '../../shared/contract';
import type { LabelPack } from '../../shared/review';
import { fixture, tempCore, tempDir, value } from '../helpers/temp-workspace';

async function labelledSample() {
  const core = await tempCore({ seedSample: true });
  const file = path.join(tempDir(), 'labels.csv');
  fs.writeFileSync(
    file,
    [
      'item,judge,value,rationale,reviewer',
      'nw-004,correctness,no,The deductible is $1200 not $1500,ana',
      'nw-010,correctness,yes,Carries forward means rolls over,ana',
      'nw-001,correctness,yes,,ana',
    ].join('\n'),
  );
  value(await core.call('labels.importPack', { source: { kind: 'path', path: file }, datasetId: 1 }));
  return core;
}

const build = async (core: Awaited<ReturnType<typeof tempCore>>, format: ExportFormat) =>
  value(await core.call('export.build', { judge: 'correctness', format })) as ExportFile;

describe('exports', () => {
  it('MLflow EvaluationExample JSON carries the expert verdicts and rationales of the judge’s misses', async () => {
    const core = await labelledSample();
    const file = await build(core, 'mlflow');
    const examples = JSON.parse(file.content) as {
      input: string;
      output: string;
      score: number;
      justification: string;
      grading_context: { targets?: string };
    }[];
    expect(file.records).toBe(2);
    expect(examples.map((e) => e.justification).sort()).toEqual([
      'Carries forward means rolls over',
      'The deductible is $1200 not $1500',
    ]);
    for (const example of examples) {
      expect(Object.keys(example).sort()).toEqual(['grading_context', 'input', 'justification', 'output', 'score']);
      expect(example.grading_context.targets).toBeTruthy();
    }
  });

  it('Databricks examples_df as JSON records and CSV with yes/no ratings', async () => {
    const core = await labelledSample();
    const records = JSON.parse((await build(core, 'databricks')).content) as Record<string, unknown>[];
    expect(records.map((r) => r['response/llm_judged/correctness/rating']).sort()).toEqual(['no', 'yes']);
    const csv = parseCsv((await build(core, 'databricks-csv')).content, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r['response/llm_judged/correctness/rationale']).sort()).toEqual([
      'Carries forward means rolls over',
      'The deductible is $1200 not $1500',
    ]);
    expect(JSON.parse(csv[0]!.retrieved_context!)).toEqual([{ doc_uri: null, content: expect.any(String) }]);
  });

  it('OpenAI supervised and preference lines follow the documented shapes', async () => {
    const core = await labelledSample();
    const sft = (await build(core, 'openai-sft')).content
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    for (const line of sft) {
      expect(line.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user', 'assistant']);
      expect(JSON.parse(line.messages[2].content)).toHaveProperty('justification');
    }
    const dpo = (await build(core, 'openai-dpo')).content
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(dpo).toHaveLength(2);
    for (const line of dpo) {
      expect(Object.keys(line).sort()).toEqual(['input', 'non_preferred_output', 'preferred_output']);
      const preferred = JSON.parse(line.preferred_output[0].content);
      const rejected = JSON.parse(line.non_preferred_output[0].content);
      // The expert's verdict is preferred over the judge's opposite one.
      expect(preferred.verdict).not.toBe(rejected.verdict);
    }
  });

  it('Langfuse and LangSmith scores, one per item with a human decision', async () => {
    const core = await labelledSample();
    const langfuse = JSON.parse((await build(core, 'langfuse')).content) as {
      name: string;
      value: number;
      dataType: string;
      source: string;
      traceId: string;
    }[];
    expect(langfuse.map((s) => [s.traceId, s.value]).sort()).toEqual([
      ['nw-001', 1],
      ['nw-004', 0],
      ['nw-010', 1],
    ]);
    expect(new Set(langfuse.map((s) => `${s.name}/${s.dataType}/${s.source}`))).toEqual(
      new Set(['correctness/BOOLEAN/ANNOTATION']),
    );
    const langsmith = JSON.parse((await build(core, 'langsmith')).content) as {
      key: string;
      value: string;
      correction: { judge_verdict: string };
    }[];
    const nw004 = langsmith.find(
      (f) =>
        (f as unknown as { feedback_source: { metadata: { item: string } } }).feedback_source.metadata.item ===
        'nw-004',
    )!;
    expect(nw004).toMatchObject({ key: 'correctness', value: 'no', correction: { judge_verdict: 'yes' } });
  });

  it('MLflow 3 judge instructions and the MLflow table with human columns', async () => {
    const core = await labelledSample();
    const instructions = (await build(core, 'mlflow-judge')).content;
    expect(instructions).toContain('{{ outputs }}');
    expect(instructions).toContain('{{ inputs }}');
    expect(instructions).toContain('The deductible is $1200 not $1500');
    const table = JSON.parse((await build(core, 'mlflow-table')).content) as { columns: string[]; data: unknown[][] };
    expect(table.columns).toEqual([
      'inputs',
      'outputs',
      'ground_truth',
      'correctness/v1/score',
      'correctness/v1/justification',
      'correctness/v1/human_score',
      'correctness/v1/human_rationale',
    ]);
    expect(table.data.every((row) => row.length === table.columns.length)).toBe(true);
    const nw004 = table.data.find((row) => String(row[1]).includes('$1,500'))!;
    expect([nw004[3], nw004[5], nw004[6]]).toEqual(['yes', 'no', 'The deductible is $1200 not $1500']);
  });

  it('a Bedrock dataset and custom metric within Bedrock’s limits', async () => {
    const core = await labelledSample();
    const lines = (await build(core, 'bedrock-dataset')).content
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(typeof line.prompt).toBe('string');
      expect(line.modelResponses).toEqual([{ response: expect.any(String), modelIdentifier: 'gavel-dataset' }]);
    }
    const metric = JSON.parse((await build(core, 'bedrock-metric')).content).customMetricDefinition;
    expect(metric.metricName).toBe('correctness');
    expect(metric.instructions.length).toBeLessThanOrEqual(5000);
    expect(metric.instructions).toContain('{{prediction}}');
    expect(metric.ratingScale.map((r: { value: { stringValue: string } }) => r.value.stringValue)).toEqual([
      'yes',
      'no',
    ]);
  });

  it('the agreement report as CSV matches calibration.stats', async () => {
    const core = await labelledSample();
    const rows = parseCsv((await build(core, 'report-csv')).content, { columns: true }) as Record<string, string>[];
    const stats = value(await core.call('calibration.stats', { judge: 'correctness' })) as {
      binary: { accuracy: number };
    };
    const accuracy = rows.find((r) => r.statistic === 'accuracy')!;
    expect(Number(accuracy.value)).toBeCloseTo(stats.binary.accuracy, 12);
    expect(accuracy.n).toBe('3');
  });

  it('promptfoo results with the experts as human components re-import with the same ratings', async () => {
    const core = await tempCore();
    value(
      await core.call('import.run', {
        source: { kind: 'path', path: fixture('promptfoo-results.json') },
        dataset: { name: 'pf' },
      }),
    );
    const file = path.join(tempDir(), 'labels.csv');
    fs.writeFileSync(
      file,
      'item,judge,value,rationale,reviewer\n3,llm-rubric,yes,RAG is expanded correctly enough,ana\n5,llm-rubric,no,Sydney is not the capital,ana\n',
    );
    value(await core.call('labels.importPack', { source: { kind: 'path', path: file }, datasetId: 1 }));
    const exported = value(await core.call('export.build', { judge: 'llm-rubric', format: 'promptfoo' })) as ExportFile;
    const written = path.join(tempDir(), 'promptfoo-with-humans.json');
    fs.writeFileSync(written, exported.content);
    expect(JSON.parse(exported.content).results.version).toBe(3);

    const other = await tempCore();
    const summary = value(await other.call('import.run', { source: { kind: 'path', path: written } })) as {
      labels: number;
      dataset: { id: number };
    };
    expect(summary.labels).toBe(2);
    const pack = value(await other.call('labels.exportPack', {})) as LabelPack;
    expect(pack.labels.map((l) => [l.item, l.judge, l.pass, l.rationale]).sort()).toEqual([
      ['3', 'llm-rubric', true, 'RAG is expanded correctly enough'],
      ['5', 'llm-rubric', false, 'Sydney is not the capital'],
    ]);
  });
});
