// Preflight: a judge that needs a field some selected items lack is refused before any request,
// naming the judge, the field and how many items lack it; --only-complete judges the items that have it.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel } from '../helpers/gavel-cli';

const KEY = 'sk-preflight-1212';
const env = { ...process.env, GAVEL_KEY_FAKE: KEY };
const ITEMS = 10;
const WITH_REFERENCE = 4;
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('a judge needing a field some items lack', () => {
  it('is refused with nothing sent or created, and runs on the complete items when asked', async () => {
    fake = await startFakeOpenAI({ apiKey: KEY });
    const workspace = await importedItems(ITEMS, env, (i) => ({
      request: `Q${i}?`,
      response: `A${i}.`,
      ...(i < WITH_REFERENCE && { expected_response: `A${i}.` }),
    }));
    const run = (...extra: string[]) =>
      gavel([...fakeRunArgs(workspace, fake!.url, 'answer_similarity'), ...extra], env);

    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `answer_similarity needs expected_response, which ${ITEMS - WITH_REFERENCE} of the ${ITEMS} selected items lack`,
    );
    expect(refused.stderr).toContain(`Run on the ${WITH_REFERENCE} items that have every field (--only-complete`);
    expect(fake.requests).toHaveLength(0);
    const db = new Database(workspace, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM run').get()).toEqual({ n: 0 });
    db.close();

    const estimate = await run('--dry-run');
    expect(estimate.stderr).toBe('');
    expect(JSON.parse(estimate.stdout)).toMatchObject({
      estimate: {
        judgments: ITEMS,
        completeItems: WITH_REFERENCE,
        missingFields: [{ judge: 'answer_similarity', field: 'expected_response', items: ITEMS - WITH_REFERENCE }],
      },
    });

    const complete = await run('--only-complete');
    expect(complete.code).toBe(0);
    expect(JSON.parse(complete.stdout)).toMatchObject({
      run: { status: 'done', judgments: { done: WITH_REFERENCE, error: 0, total: WITH_REFERENCE } },
    });
    expect(fake.requests).toHaveLength(WITH_REFERENCE);
  }, 60_000);
});
