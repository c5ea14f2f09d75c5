// An aligned judge shipped to other tools: each target carries the instructions with the guidelines
// accepted in expert review and the version's examples in its own form, and the sealed-test result
// in a header comment where the format has one. The Python and YAML files are read by python3 as
// their users would read them (a stand-in mlflow package records the Guidelines scorer's arguments).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import type { OutputType } from '../../shared/domain';
import { applyGuidelines } from '../../electron/align/guidelines';
import type { Alignment, ExportData } from '../../electron/exports/export-data';
import { FORMATTERS } from '../../electron/exports/formats';
import type { JudgeSpec } from '../../shared/judging';
import type { RunSummary } from '../../shared/contract';
import { createExportHandlers } from '../../electron/core/export-handlers';
import { scriptedJudgeSpec, scriptedWorkspace } from '../helpers/scripted-judges';
import { tempDir, value } from '../helpers/temp-workspace';

const PYTHON = '/usr/bin/python3';

const GUIDELINES = [
  'A confident tone is not evidence that the answer is correct.',
  'An answer that omits the dosage asked for is wrong.',
];
const INSTRUCTIONS = applyGuidelines('Judge triage. Is {{response}} a correct answer to {{request}}?', GUIDELINES);

const agreement = (accuracy: number) => ({ binary: { accuracy } }) as JudgeAgreement;

const ALIGNMENT: Alignment = {
  fromVersion: 2,
  toVersion: 3,
  testItems: Array.from({ length: 40 }, (_, i) => `t${i}`),
  before: agreement(0.7),
  after: agreement(0.85),
  difference: { value: 0.15, ci: [0.05, 0.25] },
  pValue: 0.00390625,
};

const ALIGNMENT_COMMENT = [
  '# Aligned from version 2 to version 3, measured on 40 sealed test items',
  '# that no guideline or example was drawn from.',
  '# Agreement with the experts changed by +0.150 (95% CI +0.050 to +0.250), p = 0.0039.',
  '# Accuracy on those items: 0.700 before, 0.850 after.',
].join('\n');

function aligned(overrides: { outputType?: OutputType; greaterIsBetter?: boolean; alignment?: Alignment | null } = {}) {
  const data: ExportData = {
    judge: {
      name: 'triage',
      version: 3,
      outputType: overrides.outputType ?? { kind: 'pass_fail' },
      instructions: INSTRUCTIONS,
      greaterIsBetter: overrides.greaterIsBetter ?? true,
      model: null,
    },
    rows: [],
    examples: [
      {
        request: 'How much ibuprofen for a child? {{ outputs }}',
        response: 'Definitely give some ibuprofen.',
        expected_response: null,
        context: null,
        score: null,
        label: 'no',
        pass: false,
        justification: 'Sounds sure but names no dose.',
        itemId: 11,
        labelId: 21,
      },
      {
        request: 'Is 200 mg of ibuprofen a safe adult dose?',
        response: 'Yes, 200 mg every 4 to 6 hours.',
        expected_response: null,
        context: null,
        score: null,
        label: 'yes',
        pass: true,
        justification: 'Correct and gives the dose.',
        itemId: 12,
        labelId: 22,
      },
    ],
    stats: agreement(0.85),
    trust: { expertSplits: 0, datasets: [], audit: null },
    alignment: overrides.alignment === undefined ? ALIGNMENT : overrides.alignment,
    exportedAt: '2026-12-04T17:00:00.000Z',
  };
  return data;
}

const write = (name: string, content: string) => {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
};

const runPython = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(PYTHON, args, { encoding: 'utf8', env: { ...process.env, ...env } });

/** A stand-in for mlflow.genai.scorers with MLflow's Guidelines signature: it records its arguments. */
function fakeScorers(): string {
  const root = tempDir();
  const scorers = path.join(root, 'mlflow', 'genai', 'scorers');
  fs.mkdirSync(scorers, { recursive: true });
  fs.writeFileSync(path.join(root, 'mlflow', '__init__.py'), '');
  fs.writeFileSync(path.join(root, 'mlflow', 'genai', '__init__.py'), '');
  fs.writeFileSync(
    path.join(scorers, '__init__.py'),
    [
      'import json, os',
      'class Guidelines:',
      '    def __init__(self, *, name, guidelines, model=None):',
      '        self.name, self.guidelines = name, guidelines',
      '        with open(os.environ["GAVEL_RECORD"], "w") as out:',
      '            json.dump(dict(name=name, guidelines=guidelines), out)',
      '',
    ].join('\n'),
  );
  return root;
}

const format = (name: keyof typeof FORMATTERS, data: ExportData) => FORMATTERS[name](data, undefined as never);

describe('aligned judge exports', () => {
  it('MLflow make_judge instructions: the guidelines, the examples, and the sealed test as leading # lines', () => {
    const text = format('mlflow-judge', aligned());
    expect(text.startsWith(`${ALIGNMENT_COMMENT}\n\n`)).toBe(true);
    expect(text).toContain(
      'Is {{ outputs }} a correct answer to {{ inputs }}?\n\nGuidelines from expert review:\n' +
        GUIDELINES.map((g) => `- ${g}`).join('\n'),
    );
    expect(text).toContain('Why: Sounds sure but names no dose.');
    expect(format('mlflow-judge', aligned({ alignment: null }))).not.toContain('# Aligned');
  });

  it('says a change whose interval reaches below zero as it is, and leaves out a p-value not computed', () => {
    const unsure = { ...ALIGNMENT, difference: { value: 0.02, ci: [-0.04, 0.08] as [number, number] }, pValue: null };
    expect(format('mlflow-judge', aligned({ alignment: unsure }))).toContain(
      '# Agreement with the experts changed by +0.020 (95% CI -0.040 to +0.080).\n',
    );
  });

  it('MLflow Python metric: the guidelines in its definition, the sealed test in its header', () => {
    const snippet = format('mlflow-python', aligned());
    expect(snippet).toContain(ALIGNMENT_COMMENT);
    expect(snippet.indexOf(ALIGNMENT_COMMENT)).toBeLessThan(snippet.indexOf('from mlflow'));
    expect(snippet).toContain(GUIDELINES[1]);
  });

  it('Databricks Guidelines scorer: the rubric and each accepted guideline as criteria, run by python3', () => {
    const snippet = format('databricks-guidelines', aligned());
    expect(snippet).toContain(ALIGNMENT_COMMENT);
    const record = path.join(tempDir(), 'record.json');
    const probe = `${snippet}\nimport json\nprint(json.dumps(examples))\n`;
    const examples = JSON.parse(
      runPython([write('databricks.py', probe)], { PYTHONPATH: fakeScorers(), GAVEL_RECORD: record }),
    ) as Record<string, unknown>[];
    expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toEqual({
      name: 'triage',
      guidelines: ['Judge triage. Is the response a correct answer to the request?', ...GUIDELINES],
    });
    expect(examples).toEqual(JSON.parse(format('databricks', aligned())));
    expect(examples.map((e) => e['response/llm_judged/triage/rating'])).toEqual(['no', 'yes']);
  });

  it('Databricks Guidelines scorer: says so when the version carries no guidelines from expert review', () => {
    const data = aligned({ alignment: null });
    const plain = { ...data, judge: { ...data.judge, instructions: 'Judge triage. Is {{response}} right?' } };
    const snippet = format('databricks-guidelines', plain);
    expect(snippet).toContain('(this version carries no guidelines from expert review)');
    expect(format('databricks-guidelines', aligned())).toContain('the guidelines from expert review it carries');
  });

  it('promptfoo config: one llm-rubric assertion for every test, read by a YAML parser', () => {
    const file = write('promptfooconfig.yaml', format('promptfoo-rubric', aligned({ greaterIsBetter: false })));
    const content = fs.readFileSync(file, 'utf8');
    expect(content).toContain(ALIGNMENT_COMMENT);
    const config = JSON.parse(
      runPython(['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', file]),
    ) as { description: string; defaultTest: { assert: { type: string; metric: string; value: string }[] } };
    const [assertion] = config.defaultTest.assert;
    expect(config.defaultTest.assert).toHaveLength(1);
    expect(assertion).toMatchObject({ type: 'llm-rubric', metric: 'triage' });
    expect(assertion!.value).toContain('Is the output a correct answer to {{question}}?');
    expect(assertion!.value).toContain(`- ${GUIDELINES[0]}`);
    // "yes" is the bad outcome on this judge, so the grader passes a "no".
    expect(assertion!.value).toContain('the output passes when the answer is "no" (score 1)');
    // Example text cannot pose as one of promptfoo's template variables.
    expect(assertion!.value).toContain('How much ibuprofen for a child? { { outputs } }');
    expect(assertion!.value).toContain('Verdict: no\nWhy: Sounds sure but names no dose.');
  });

  it('promptfoo config: a scale judge is graded from 0 to 1 with its pass rule', () => {
    const content = format(
      'promptfoo-rubric',
      aligned({ outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 4 }, alignment: null }),
    );
    expect(content).not.toContain('# Aligned');
    expect(content).toContain(
      'Rate the output from 1 to 5 and give score (rating - 1) / 4; pass it when the rating is at least 4.',
    );
  });

  it('Bedrock custom metric and OpenAI fine-tuning carry the guidelines in the rubric and system prompt', () => {
    const metric = JSON.parse(format('bedrock-metric', aligned())) as {
      customMetricDefinition: { instructions: string };
    };
    expect(metric.customMetricDefinition.instructions).toContain(`- ${GUIDELINES[1]}`);
    const sft = format('openai-sft', aligned())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { messages: { role: string; content: string }[] });
    expect(sft).toHaveLength(2);
    for (const line of sft) expect(line.messages[0]).toEqual({ role: 'system', content: INSTRUCTIONS });
  });
});

describe('export.build of an aligned version', () => {
  it('ships the version’s own examples and the alignment it is given, and neither for the version it came from', async () => {
    const keys = ['k1', 'k2', 'k3', 'k4'];
    const desk = await scriptedWorkspace(keys);
    const judge = { name: 'triage', outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true };
    const answers = new Map(keys.map((key, i) => [key, i % 2 === 0 ? 'yes' : 'no']));
    await desk.judge(judge, answers);
    for (const key of keys) {
      value(
        await desk.core.call('labels.save', {
          itemId: desk.itemIds.get(key)!,
          judge: 'triage',
          reviewer: 'ana',
          action: 'override',
          label: 'no',
          pass: false,
          rationale: `Expert on ${key}`,
        }),
      );
    }
    const scripted = scriptedJudgeSpec(judge);
    const alignedSpec: JudgeSpec = {
      ...scripted,
      instructions: applyGuidelines(scripted.instructions, GUIDELINES),
      fewshot: [aligned().examples[1]!],
    };
    const saved = value(await desk.core.call('judges.save', { name: 'triage', spec: alignedSpec })) as {
      version: { id: number; version: number };
    };
    const run = value(
      await desk.core.call('runs.start', { datasetId: desk.datasetId, judgeVersionIds: [saved.version.id] }),
    ) as RunSummary;
    expect((await desk.core.runner.wait(run.id)).status).toBe('done');

    const handlers = createExportHandlers({
      workspace: desk.core.workspace,
      now: () => new Date('2026-12-04T17:00:00.000Z'),
      alignmentOf: (name, version) =>
        name === 'triage' && version === saved.version.version ? { ...ALIGNMENT, fromVersion: 1, toVersion: 2 } : null,
    });
    const build = (version: number) =>
      handlers['export.build']({
        judge: 'triage',
        version,
        format: 'mlflow-judge',
        maxExamples: 5,
        tokenBudget: 2_000,
      });

    const shipped = await build(saved.version.version);
    expect(shipped.content).toContain('# Aligned from version 1 to version 2, measured on 40 sealed test items');
    expect(shipped.content).toContain(`- ${GUIDELINES[0]}`);
    expect(shipped.records).toBe(1);
    expect(shipped.content).toContain('Inputs: Is 200 mg of ibuprofen a safe adult dose?');

    const original = await build(1);
    expect(original.content).not.toContain('# Aligned');
    expect(original.content).not.toContain('Guidelines from expert review:');
    expect(original.content).not.toContain('ibuprofen');
    expect(original.content).toContain('Why: Expert on k1');
  });
});
