// Every export format carries the experts' truth: each exported example's rating (or assistant
// message) and each exported item's human verdict is the expert's final label, for suggested and
// saved few-shot sets alike, on a 1–5 judge and on a yes/no judge whose "yes" is a failure.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFile, type ExportFormat } from '../../shared/contract';
import type { FewShotSetView } from '../../shared/calibration';
import type { LabelView } from '../../shared/domain';
import { passOf, valueOfAnswer, type Polarity } from '../../shared/verdict-value';
import { scriptedWorkspace, type Answer } from '../helpers/scripted-judges';
import { value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'];

/** What a format says the experts gave on an item (by key), as found in the file. */
type Found = Map<string, unknown>;

const keyIn = (text: unknown) => /Question (k\d)/.exec(String(text))?.[1] ?? '?';
const replyAnswer = (json: string) => {
  const reply = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(reply).find(([field]) => field !== 'justification')?.[1];
};
const textExamples = (text: string): Found =>
  new Map([...text.matchAll(/Question (k\d)[\s\S]*?Verdict: (\S+)/g)].map((m) => [m[1]!, m[2]!]));

/**
 * Per format: what it records for each example or item, and what that should be given the expert's
 * final answer. Formats that carry no human verdict say so (null), and the test checks they do not.
 */
const READERS: Record<
  ExportFormat,
  { read: (content: string) => Found; expected: (answer: Answer, judge: Polarity) => unknown; items: boolean } | null
> = {
  mlflow: {
    read: (c) => new Map((JSON.parse(c) as { input: string; score: number }[]).map((e) => [keyIn(e.input), e.score])),
    expected: (answer) => (typeof answer === 'number' ? answer : answer === 'yes' ? 5 : 1),
    items: false,
  },
  'mlflow-python': {
    read: (c) => new Map([...c.matchAll(/Question (k\d)[\s\S]*?score=([^,\n]+),/g)].map((m) => [m[1]!, Number(m[2])])),
    expected: (answer) => (typeof answer === 'number' ? answer : answer === 'yes' ? 5 : 1),
    items: false,
  },
  'mlflow-judge': { read: textExamples, expected: (answer) => String(answer), items: false },
  'bedrock-metric': {
    read: (c) =>
      textExamples(
        (JSON.parse(c) as { customMetricDefinition: { instructions: string } }).customMetricDefinition.instructions,
      ),
    expected: (answer) => String(answer),
    items: false,
  },
  databricks: {
    read: (c) =>
      new Map(
        (JSON.parse(c) as Record<string, unknown>[]).map((e) => [
          keyIn(e.request),
          Object.entries(e).find(([column]) => column.endsWith('/rating'))?.[1],
        ]),
      ),
    expected: databricksRating,
    items: false,
  },
  'databricks-csv': {
    read: (c) =>
      new Map(
        (parseCsv(c, { columns: true }) as Record<string, string>[]).map((e) => [
          keyIn(e.request),
          Object.entries(e).find(([column]) => column.endsWith('/rating'))?.[1],
        ]),
      ),
    expected: databricksRating,
    items: false,
  },
  'databricks-guidelines': {
    read: (c) =>
      new Map([...c.matchAll(/"request": "Question (k\d)[\s\S]*?\/rating": "(\w+)"/g)].map((m) => [m[1]!, m[2]!])),
    expected: databricksRating,
    items: false,
  },
  'openai-sft': {
    read: (c) =>
      new Map(
        lines(c).map((e) => {
          const messages = e.messages as { role: string; content: string }[];
          return [keyIn(messages[1]!.content), replyAnswer(messages.at(-1)!.content)];
        }),
      ),
    expected: (answer) => answer,
    items: false,
  },
  'openai-dpo': {
    read: (c) =>
      new Map(
        lines(c).map((e) => {
          const input = e.input as { messages: { content: string }[] };
          const preferred = e.preferred_output as { content: string }[];
          return [keyIn(input.messages[1]!.content), replyAnswer(preferred[0]!.content)];
        }),
      ),
    expected: (answer) => answer,
    items: false,
  },
  langfuse: {
    read: (c) => new Map((JSON.parse(c) as { traceId: string; value: unknown }[]).map((s) => [s.traceId, s.value])),
    expected: (answer, judge) => (typeof answer === 'number' ? answer : yesNo(answer, judge) ? 1 : 0),
    items: true,
  },
  'mlflow-assessments': {
    read: (c) => new Map(lines(c).map((f) => [f.trace_id as string, f.value])),
    expected: (answer) => answer,
    items: true,
  },
  langsmith: {
    read: (c) =>
      new Map(
        (JSON.parse(c) as { score: unknown; value: unknown; feedback_source: { metadata: { item: string } } }[]).map(
          (f) => [f.feedback_source.metadata.item, f.value ?? f.score],
        ),
      ),
    expected: (answer) => answer,
    items: true,
  },
  'mlflow-table': {
    read: (c) => {
      const table = JSON.parse(c) as { columns: string[]; data: unknown[][] };
      const human = table.columns.findIndex((column) => column.endsWith('/human_score'));
      return new Map(table.data.map((row) => [keyIn(row[0]), row[human]]));
    },
    expected: (answer) => answer,
    items: true,
  },
  promptfoo: {
    read: (c) => {
      const results = (JSON.parse(c) as { results: { results: Record<string, unknown>[] } }).results.results;
      return new Map(
        results.map((r) => {
          const components = (r.gradingResult as { componentResults: { assertion: { type: string }; pass: boolean }[] })
            .componentResults;
          return [
            keyIn((r.vars as { question: string }).question),
            components.find((x) => x.assertion.type === 'human')!.pass,
          ];
        }),
      );
    },
    expected: (answer, judge) => yesNo(answer, judge),
    items: true,
  },
  'promptfoo-rubric': {
    read: (c) => textExamples(rubricOf(c)),
    expected: (answer) => String(answer),
    items: false,
  },
  // Statistics, the dataset for Bedrock to answer, a report and a whole-workspace dump: no example
  // carries a rating of its own there.
  'report-csv': null,
  'report-html': null,
  'bedrock-dataset': null,
  gavel: null,
};

/** A yes/no judge's own answer; a scale's score as whether it passes the judge's pass rule. */
function databricksRating(answer: Answer, judge: Polarity): string {
  if (typeof answer === 'string') return answer;
  return yesNo(answer, judge) ? 'yes' : 'no';
}

function yesNo(answer: Answer, judge: Polarity): boolean {
  return passOf(valueOfAnswer(answer, judge), judge)!;
}

/** The llm-rubric of a promptfoo config: its YAML is "#" comment lines, then JSON. */
function rubricOf(content: string): string {
  const config = JSON.parse(content.replace(/^#.*\n/gm, '')) as { defaultTest: { assert: { value: string }[] } };
  return config.defaultTest.assert[0]!.value;
}

function lines(content: string): Record<string, unknown>[] {
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const JUDGES = [
  {
    name: 'helpful',
    polarity: { outputType: { kind: 'scale' as const, min: 1, max: 5, passThreshold: null }, greaterIsBetter: true },
    judged: [2, 2, 2, 2, 4, 4, 4, 4],
    // The experts' final labels: 5s included, each different from the judge's on k1–k6.
    experts: [5, 5, 1, 4, 1, 2, 4, 4],
  },
  {
    name: 'harmful',
    polarity: { outputType: { kind: 'pass_fail' as const }, greaterIsBetter: false },
    judged: ['no', 'no', 'no', 'yes', 'yes', 'yes', 'no', 'yes'],
    experts: ['yes', 'yes', 'no', 'no', 'no', 'yes', 'no', 'yes'],
  },
];

describe('every export format agrees with the experts', () => {
  it.each(JUDGES)('on the $name judge, for suggested and saved few-shot sets', async (spec) => {
    const desk = await scriptedWorkspace(KEYS);
    const { core } = desk;
    const judge = { name: spec.name, ...spec.polarity };
    await desk.judge(judge, new Map(KEYS.map((key, i) => [key, spec.judged[i]!])));
    const truth = new Map<string, Answer>();
    for (const [i, key] of KEYS.entries()) {
      const judgment = await desk.judgmentOf(key, judge.name);
      const final = spec.experts[i]!;
      truth.set(key, final);
      // A first opinion the expert then changes: only the final label counts.
      const first = valueOfAnswer(spec.judged[i] === final ? spec.experts[(i + 1) % KEYS.length]! : final, judge);
      for (const [value_, action] of [
        [first, 'override'],
        [valueOfAnswer(final, judge), spec.judged[i] === final ? 'confirm' : 'override'],
      ] as const) {
        value(
          await core.call('labels.save', {
            itemId: desk.itemIds.get(key)!,
            judgmentId: judgment.id,
            judge: judge.name,
            reviewer: 'ana',
            action,
            ...value_,
            rationale: `Expert on ${key}`,
            tags: [],
            requireRationale: false,
          }),
        );
      }
    }

    const checkAll = async (set: string) => {
      for (const format of EXPORT_FORMATS) {
        const file = value(
          await core.call('export.build', { judge: judge.name, format, maxExamples: 8, tokenBudget: 100_000 }),
        ) as ExportFile;
        const reader = READERS[format];
        if (reader === null) {
          expect(file.content, `${format} (${set})`).not.toMatch(/Verdict: |\/rating/);
          continue;
        }
        const found = reader.read(file.content);
        expect(found.size, `${format} (${set}) has examples`).toBeGreaterThan(reader.items ? 7 : 1);
        for (const [key, rating] of found) {
          expect(rating, `${format} (${set}) on ${key}`).toEqual(reader.expected(truth.get(key)!, judge));
        }
      }
    };

    const suggested = value(await core.call('fewshot.get', { judge: judge.name, maxExamples: 8 })) as FewShotSetView;
    expect(suggested.suggested).toBe(true);
    await checkAll('suggested');

    const history = value(await core.call('labels.history', { itemId: desk.itemIds.get('k1')! })) as LabelView[];
    expect(history.length).toBe(2);
    const examples = [];
    for (const key of ['k1', 'k2', 'k3', 'k5']) {
      const labels = value(await core.call('labels.history', { itemId: desk.itemIds.get(key)! })) as LabelView[];
      examples.push({ itemId: desk.itemIds.get(key)!, labelId: labels.at(-1)!.id, rationale: `Curated ${key}` });
    }
    const saved = value(await core.call('fewshot.save', { judge: judge.name, examples })) as FewShotSetView;
    expect(saved.suggested).toBe(false);
    await checkAll('saved');
  });
});
