// A workspace ready for calibration: twelve items, an LLM judge on the fake OpenAI server that has
// judged them, and a reviewer's labels. The fake judge is deterministic and learns from examples:
//
//   item qNN is truly a pass when NN is odd (the reviewer says so on every item she labels);
//   without few-shot examples in the request the judge gets q01–q08 wrong and q09–q12 right;
//   with any few-shot example in the request it gets every item right.
//
// So a calibrated version measurably beats the old one, and which items a run judged is readable
// from each request's last user message ("Question qNN …").
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_PARAMS, type JudgeSpec } from '../../shared/judging';
import type { RunSummary } from '../../shared/contract';
import type { ItemDetail } from '../../shared/domain';
import { providerConfig } from '../../electron/core/provider-registry';
import type { Core } from '../../electron/core/service';
import type { RecordedRequest } from './fake-http';
import { isRecord } from './fake-http';
import { addToSplit } from '../../electron/db/queries/align-split';

export const JUDGE = 'oddness';
export const KEYS = Array.from({ length: 12 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
export const truth = (key: string) => Number(key.slice(1)) % 2 === 1;
/** Items the judge gets wrong when it has no examples. */
export const missedWithoutExamples = (key: string) => Number(key.slice(1)) <= 8;

export const keyOf = (prompt: string | null) => /Question (q\d\d)/.exec(prompt ?? '')?.[1] ?? null;

/** The fake OpenAI reply: see the rule above. */
export function oddnessReply(request: RecordedRequest): string {
  const body = isRecord(request.body) ? request.body : {};
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  const withExamples = messages.some((message) => isRecord(message) && message['role'] === 'assistant');
  const key = keyOf(request.prompt);
  if (key === null) return JSON.stringify({ justification: 'No question found.', verdict: 'no' });
  const right = withExamples || !missedWithoutExamples(key);
  const pass = right ? truth(key) : !truth(key);
  return JSON.stringify({
    justification: `Question ${key} reads as ${pass ? 'odd' : 'even'}.`,
    verdict: pass ? 'yes' : 'no',
  });
}

export const oddnessSpec = (provider = 'fake'): JudgeSpec => ({
  template: null,
  kind: 'llm',
  description: 'Whether the number in the question is odd',
  instructions: 'Decide whether the number in the request is odd.\n\n{{request}}\n\n{{response}}',
  outputType: { kind: 'pass_fail' },
  greaterIsBetter: true,
  mode: 'item',
  guidelines: null,
  heuristic: null,
  provider,
  model: 'gpt-4o-mini',
  params: DEFAULT_PARAMS,
  fewshot: [],
});

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.callChannel(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/**
 * Imports the items (q01–q06 tagged topic "low", q07–q10 "high", q11–q12 without a topic), judges
 * them with v1 and labels `labelled` keys as reviewer `ana`: a confirm where the judge was right, an
 * override with a rationale where it was wrong (`rationale: false` leaves overrides without one).
 * Called again with another `dataset` name, the same judge version judges a second copy of the items.
 */
export async function labelledJudge(
  core: Core,
  options: { fakeUrl: string; dir: string; labelled?: readonly string[]; rationale?: boolean; dataset?: string },
): Promise<{ datasetId: number; versionId: number; itemIds: Map<string, number> }> {
  const file = path.join(options.dir, 'oddness.jsonl');
  fs.writeFileSync(
    file,
    KEYS.map((key, index) =>
      JSON.stringify({
        id: key,
        request: `Question ${key}: is ${Number(key.slice(1))} odd?`,
        response: 'Let me think.',
        metadata: index < 6 ? { topic: 'low' } : index < 10 ? { topic: 'high' } : {},
      }),
    ).join('\n'),
  );
  const imported = await call<{ dataset: { id: number } }>(core, 'import.run', {
    source: { kind: 'path', path: file },
    format: 'jsonl',
    dataset: { name: options.dataset ?? 'oddness' },
  });
  const datasetId = imported.dataset.id;
  await call(core, 'providers.save', {
    config: providerConfig('fake', 'openai-compatible', {
      baseUrl: options.fakeUrl,
      limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 20_000, maxRetries: 2 },
    }),
  });
  const saved = await call<{ version: { id: number } }>(core, 'judges.save', { name: JUDGE, spec: oddnessSpec() });
  const run = await call<RunSummary>(core, 'runs.start', { datasetId, judgeVersionIds: [saved.version.id] });
  const finished = await core.runner.wait(run.id);
  if (finished.status !== 'done' || finished.errors > 0) throw new Error(`v1 run ended ${finished.status}`);

  const itemIds = new Map<string, number>();
  for (const key of KEYS) itemIds.set(key, (await call<{ id: number }>(core, 'items.find', { datasetId, key })).id);
  for (const key of options.labelled ?? KEYS) {
    const pass = truth(key);
    const missed = missedWithoutExamples(key);
    const item = await call<ItemDetail>(core, 'items.get', { id: itemIds.get(key) });
    await call(core, 'labels.save', {
      itemId: item.id,
      judgmentId: item.judgments.find((j) => j.judge === JUDGE)!.id,
      judge: JUDGE,
      reviewer: 'ana',
      action: missed ? 'override' : 'confirm',
      label: pass ? 'yes' : 'no',
      pass,
      rationale: missed && options.rationale !== false ? `${Number(key.slice(1))} is ${pass ? 'odd' : 'even'}.` : null,
      tags: missed ? ['misread_context'] : [],
      requireRationale: false,
    });
  }
  return { datasetId, versionId: saved.version.id, itemIds };
}

/**
 * Fixes the judge's development / sealed-test split with `sealed` in the test part and every other
 * labelled item in development (as a first search or grouping would, with other luck): tests of the
 * grouping itself then see all of q01–q08's failures.
 */
export function fixSplit(core: Core, itemIds: ReadonlyMap<string, number>, sealed: readonly string[]): void {
  const db = core.workspace.writer;
  const judgeId = (db.prepare('SELECT id FROM judge WHERE name = ?').get(JUDGE) as { id: number }).id;
  const parts = new Map([...itemIds].map(([key, id]) => [id, sealed.includes(key) ? ('test' as const) : ('dev' as const)]));
  addToSplit(db, judgeId, { seed: 1, testShare: 0.3, parts }, new Date().toISOString());
}
