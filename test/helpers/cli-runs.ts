// What the CLI run tests share: a workspace with N imported items, and `gavel run` arguments for a
// judge on the fake OpenAI-compatible server (provider id `fake`, key in GAVEL_KEY_FAKE).
import fs from 'node:fs';
import path from 'node:path';
import { gavel } from './gavel-cli';
import { tempDir } from './temp-workspace';

/** A new workspace holding dataset `items`: `count` rows built by `row` (by default a question and its answer). */
export async function importedItems(
  count: number,
  env: NodeJS.ProcessEnv,
  row: (i: number) => object = (i) => ({ question: `Q${i}?`, answer: `A${i}.` }),
): Promise<string> {
  const dir = tempDir();
  const workspace = path.join(dir, 'runs.gavel');
  const dataset = path.join(dir, 'items.jsonl');
  fs.writeFileSync(dataset, Array.from({ length: count }, (_, i) => JSON.stringify(row(i))).join('\n'));
  const imported = await gavel(['import', dataset, '--workspace', workspace], env);
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  return workspace;
}

/** `run` over dataset `items` with `judge` on the fake server at `url`, 4 at a time, --json. */
export const fakeRunArgs = (workspace: string, url: string, judge = 'relevance_to_query') => [
  'run',
  '--dataset',
  'items',
  '--judge',
  judge,
  '--provider',
  'openai-compatible',
  '--provider-id',
  'fake',
  '--model',
  'gpt-4o-mini',
  '--base-url',
  url,
  '--concurrency',
  '4',
  '--workspace',
  workspace,
  '--json',
];
