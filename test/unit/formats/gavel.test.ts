// Gavel JSONL: detected by its lines, read for the preview, refused with the line and field at fault.
import { describe, expect, it } from 'vitest';
import { openImport } from '../../../electron/formats';
import { readAll, rejectionOf, tempFile } from './helpers';

const line = (key: string, extra: Record<string, unknown> = {}) => ({
  gavel: 1,
  dataset: 'qa',
  key,
  item: {
    request: 'Q?',
    response: 'A.',
    expected_response: null,
    expected_facts: null,
    guidelines: null,
    retrieved_context: null,
    metadata: { team: 'x' },
  },
  source: '{"q":"Q?"}',
  createdAt: '2026-01-01T00:00:00.000Z',
  judgments: [
    {
      judgeVersion: {
        judge: 'correctness',
        judgeDescription: null,
        version: 2,
        kind: 'imported',
        versionLabel: 'v1',
        instructions: null,
        outputType: { kind: 'pass_fail' },
        greaterIsBetter: true,
        provider: null,
        model: 'gpt-4o',
        params: {},
        fewshot: [],
        source: 'mlflow',
        contentHash: 'abc',
        spec: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      run: {
        name: 'Imported from mlflow',
        kind: 'imported',
        source: 'mlflow:abc',
        status: 'done',
        createdAt: '2026-01-01T00:00:00.000Z',
        startedAt: null,
        finishedAt: null,
      },
      status: 'done',
      score: null,
      label: null,
      pass: false,
      justification: 'No.',
      rawOutput: null,
      chunks: null,
      distribution: null,
      error: null,
      attempts: 1,
      latencyMs: null,
      inputTokens: null,
      outputTokens: null,
      cost: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  labels: [
    {
      judge: 'correctness',
      reviewer: 'ana',
      action: 'override',
      score: null,
      label: null,
      pass: true,
      rationale: 'It is right.',
      tags: ['reference_wrong'],
      blind: false,
      blindScore: null,
      blindLabel: null,
      blindPass: null,
      judgment: 0,
      supersedes: false,
      source: null,
      sourceKey: 'label:1',
      createdAt: '2026-01-02T00:00:00.000Z',
    },
  ],
  ...extra,
});

const jsonl = (...lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe('Gavel JSONL', () => {
  it('is detected by its lines, whatever the file is called, and previews its verdicts and labels', async () => {
    const file = tempFile('export.jsonl', jsonl(line('a'), line('b')));
    const { reader, records } = await readAll(file);
    expect(reader.format).toBe('gavel');
    expect(reader.mappable).toBe(false);
    expect((await openImport(tempFile('x.json', jsonl(line('a'))))).format).toBe('gavel');
    expect(records.map((r) => r.key)).toEqual(['a', 'b']);
    expect(records[0]!.item.metadata).toEqual({ team: 'x' });
    expect(records[0]!.sourceJson).toBe('{"q":"Q?"}');
    expect(records[0]!.verdicts[0]).toMatchObject({ judge: { name: 'correctness', version: 'v2' }, pass: false });
    expect(records[0]!.labels[0]).toMatchObject({ judge: 'correctness', reviewer: 'ana', pass: true });
  });

  it('names the line and the field that is wrong', async () => {
    const badAction = line('b', {});
    (badAction.labels[0] as { action: string }).action = 'approve';
    expect(await rejectionOf('bad.gavel.jsonl', jsonl(line('a'), badAction))).toMatch(
      /^bad\.gavel\.jsonl, line 2: labels\.0\.action: .*; expected a Gavel JSONL item$/,
    );
    const dangling = line('b');
    dangling.labels[0]!.judgment = 3;
    expect(await rejectionOf('dangling.jsonl', jsonl(line('a'), dangling))).toBe(
      'dangling.jsonl, line 2: labels.0.judgment: points at judgment 3, but the line has 1; expected a Gavel JSONL item',
    );
    expect(await rejectionOf('twice.jsonl', jsonl(line('a'), line('a')))).toBe(
      'twice.jsonl, line 2: item "a" of dataset "qa" is already on line 1; expected each item once',
    );
    expect(await rejectionOf('first.jsonl', jsonl({ ...line('a'), key: 7 }))).toMatch(/^first\.jsonl, line 1: key: /);
  });
});
