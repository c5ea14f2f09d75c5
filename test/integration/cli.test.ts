// The CLI as a user runs it: a real process, a real workspace file, exit codes and --json output.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { gavel } from '../helpers/gavel-cli';
import { fixture, tempDir } from '../helpers/temp-workspace';
import { startFakeOpenAI } from '../fakes/fake-openai-server';

describe('gavel CLI', () => {
  it('prints its version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const result = await gavel(['-V']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('imports with --json and lists datasets', async () => {
    const workspace = path.join(tempDir(), 'cli.gavel');
    const imported = await gavel([
      'import',
      fixture('mlflow-eval_results_table.json'),
      '--workspace',
      workspace,
      '--json',
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      dataset: { id: 1, name: 'mlflow-eval_results_table', items: 6 },
      judges: ['answer_correctness', 'answer_similarity'],
      judgments: 12,
      labels: 0,
    });
    const csv = await gavel(['import', fixture('qa.csv'), '--name', 'Spark QA', '--workspace', workspace, '--json']);
    expect(JSON.parse(csv.stdout).dataset).toEqual({ id: 2, name: 'Spark QA', items: 6 });

    const listed = await gavel(['datasets', '--workspace', workspace, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: 2, name: 'Spark QA', items: 6 },
      { id: 1, name: 'mlflow-eval_results_table', items: 6 },
    ]);
  });

  it('takes the workspace from GAVEL_WORKSPACE and maps columns with --map', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'odd.csv');
    fs.writeFileSync(file, 'ticket,customer_message,agent_reply\nT-9,"Where is my order?","It ships today."\n');
    const workspace = path.join(dir, 'env.gavel');
    const imported = await gavel(
      [
        'import',
        file,
        '--map',
        'id=ticket',
        '--map',
        'request=customer_message',
        '--map',
        'response=agent_reply',
        '--json',
      ],
      { GAVEL_WORKSPACE: workspace },
    );
    expect(imported.code).toBe(0);
    expect(fs.existsSync(workspace)).toBe(true);
    expect(JSON.parse(imported.stdout).dataset.items).toBe(1);
  });

  it('--map changes only the fields it names: the detected request, response and reference stay', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'tickets.csv');
    fs.writeFileSync(
      file,
      'ticket,question,answer,expected_answer,notes\nT-1,"Is dental covered?","Yes, 80%.","Yes.","vip"\n',
    );
    const workspace = path.join(dir, 'map.gavel');
    const imported = await gavel([
      'import',
      file,
      '--map',
      'id=ticket',
      '--map',
      'expected_response=',
      '--workspace',
      workspace,
    ]);
    expect(imported.code).toBe(0);
    const db = new Database(workspace, { readonly: true });
    try {
      expect(db.prepare('SELECT key, request, response, expected_response, metadata FROM item').get()).toEqual({
        key: 'T-1',
        request: 'Is dental covered?',
        response: 'Yes, 80%.',
        expected_response: null,
        metadata: JSON.stringify({ expected_answer: 'Yes.', notes: 'vip' }),
      });
    } finally {
      db.close();
    }
  });

  it('fails with one line on stderr and a non-zero code for bad input', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.csv');
    fs.writeFileSync(file, 'question,answer\n"What is RAG?,Retrieval\n');
    const workspace = path.join(dir, 'w.gavel');
    const result = await gavel(['import', file, '--workspace', workspace]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^gavel: broken\.csv, line 2: /);

    const badMap = await gavel(['import', fixture('qa.csv'), '--map', 'answer', '--workspace', workspace]);
    expect(badMap.code).not.toBe(0);
    expect(badMap.stderr).toMatch(/--map answer: expected field=column/);

    const notBedrock = await gavel(['import', fixture('qa.csv'), '--format', 'bedrock', '--workspace', workspace]);
    expect(notBedrock.code).not.toBe(0);
    expect(notBedrock.stderr).toMatch(/expected an Amazon Bedrock evaluation dataset or output, found csv/);

    const listed = await gavel(['datasets', '--workspace', workspace, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('accepts --format bedrock for both Bedrock layouts', async () => {
    const workspace = path.join(tempDir(), 'b.gavel');
    const output = await gavel([
      'import',
      fixture('bedrock-eval-output.jsonl'),
      '--format',
      'bedrock',
      '--workspace',
      workspace,
      '--json',
    ]);
    expect(JSON.parse(output.stdout).judges).toEqual(['Builtin.Completeness', 'Builtin.Correctness']);
  });

  it('imports and exports labels: CSV, packs merged without duplicates, promptfoo human ratings', async () => {
    const dir = tempDir();
    const [a, b] = [path.join(dir, 'a.gavel'), path.join(dir, 'b.gavel')];
    for (const workspace of [a, b]) {
      await gavel(['import', fixture('databricks-eval_results.json'), '--name', 'rag', '--workspace', workspace]);
    }
    const csv = path.join(dir, 'labels.csv');
    fs.writeFileSync(
      csv,
      'item,judge,value,rationale\nreq-6,correctness,no,Sydney is not the capital\nreq-4,groundedness,no,Unrelated\n',
    );
    const fromCsv = await gavel([
      'labels',
      'import',
      csv,
      '--dataset',
      'rag',
      '--reviewer',
      'ana',
      '--workspace',
      a,
      '--json',
    ]);
    expect(JSON.parse(fromCsv.stdout)).toMatchObject({ labels: 2, reviewers: ['ana'], skipped: 0, skippedRows: [] });

    const pack = path.join(dir, 'ana.json');
    const exported = await gavel(['labels', 'export', pack, '--reviewer', 'ana', '--workspace', a, '--json']);
    expect(JSON.parse(exported.stdout).labels).toBe(2);
    const merged = await gavel(['labels', 'import', pack, '--workspace', b, '--json']);
    expect(JSON.parse(merged.stdout)).toMatchObject({ labels: 2, reviewers: ['ana'], skipped: 0, skippedRows: [] });
    const again = await gavel(['labels', 'import', pack, '--workspace', b, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ labels: 0, reviewers: [], skipped: 2 });

    const promptfoo = await gavel([
      'labels',
      'import',
      fixture('promptfoo-results-human.json'),
      '--workspace',
      b,
      '--json',
    ]);
    const summary = JSON.parse(promptfoo.stdout) as { labels: number; reviewers: string[]; skipped: number };
    expect(summary.labels).toBeGreaterThan(0);
    expect(summary.reviewers.length).toBeGreaterThan(0);
  });

  it('creates and lists labelling sessions', async () => {
    const workspace = path.join(tempDir(), 's.gavel');
    await gavel(['import', fixture('databricks-eval_results.json'), '--name', 'rag', '--workspace', workspace]);
    const created = await gavel([
      'sessions',
      'create',
      'Audit',
      '--dataset',
      'rag',
      '--judges',
      'correctness,groundedness',
      '--sample',
      '4',
      '--blind',
      '--reviewers',
      'ana',
      '--workspace',
      workspace,
      '--json',
    ]);
    expect(JSON.parse(created.stdout)).toMatchObject({
      name: 'Audit',
      items: 4,
      blind: true,
      judges: ['correctness', 'groundedness'],
    });
    const listed = await gavel(['sessions', 'list', '--workspace', workspace, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ name: 'Audit', progress: [{ reviewer: 'ana', done: 0, total: 4 }] }),
    ]);
    const unknownJudge = await gavel([
      'sessions',
      'create',
      'X',
      '--dataset',
      'rag',
      '--judges',
      'nope',
      '--workspace',
      workspace,
    ]);
    expect(unknownJudge.stderr).toMatch(/No judge named "nope"/);
  });

  it('exits non-zero with the message when the run pauses on a refused key, still printing its --json summary', async () => {
    const fake = await startFakeOpenAI({ apiKey: 'sk-valid' });
    try {
      const workspace = path.join(tempDir(), 'refused.gavel');
      expect((await gavel(['import', fixture('qa.csv'), '--workspace', workspace])).code).toBe(0);
      const refused = await gavel(
        [
          'run',
          ...['--dataset', 'qa', '--judge', 'relevance_to_query', '--provider', 'openai-compatible'],
          ...['--provider-id', 'fake', '--model', 'gpt-4o-mini', '--base-url', fake.url, '--concurrency', '2'],
          ...['--workspace', workspace, '--json'],
        ],
        { GAVEL_KEY_FAKE: 'sk-revoked' },
      );
      expect(refused.code).not.toBe(0);
      const { run } = JSON.parse(refused.stdout) as { run: { status: string; message: string; judgments: object } };
      expect(run).toMatchObject({ status: 'paused', judgments: { done: 0, error: 0, total: 6 } });
      expect(run.message).toMatch(/provider "fake" refused the key or credentials on 3 calls in a row/);
      expect(refused.stderr).toContain(run.message);
      expect(fake.requests.length).toBeLessThanOrEqual(3);
    } finally {
      await fake.close();
    }
  });
});
