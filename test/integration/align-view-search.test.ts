// The Align view's store drives a real search, step by step as the view does, to its sealed test and
// promotion; the promoted version's export then carries the sealed-test note.
import { afterEach, describe, expect, it } from 'vitest';
import type { RendererApi } from '../../renderer/src/api/types';
import { createGavelStore } from '../../renderer/src/store/create-store';
import { openCore } from '../../electron/core/open-core';
import type { FakeOpenAIServer } from '../fakes/fake-openai-server';
import { guidelineWorkspace, JUDGE } from '../helpers/guideline-workspace';
import { memoryKeys, value } from '../helpers/temp-workspace';

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
});

describe('the Align view store on a real core', () => {
  it('starts the search and takes its steps until it is done and promoted', async () => {
    const ready = await guidelineWorkspace(true);
    fake = ready.fake;
    const core = await openCore({ workspacePath: ready.workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
    const api = new Proxy({} as RendererApi, {
      get: (_, channel: string) => (input: unknown) => core.callChannel(channel as never, input),
    });
    const store = createGavelStore(api);
    store.setState((s) => ({ calibration: { ...s.calibration, judge: JUDGE, version: null } }));
    await store.getState().openAlign();
    expect(store.getState().align.error).toBeNull();
    await store.getState().startAlignSearch();
    expect(store.getState().alignSearch.error).toBeNull();
    await expect
      .poll(() => store.getState().alignSearch.search?.status, { timeout: 90_000, interval: 250 })
      .toBe('done');
    const { search, pending } = store.getState().alignSearch;
    expect(pending).toEqual([]);
    expect(search?.promoted).toBe(true);
    const exported = value(
      await core.call('export.build', { judge: JUDGE, version: search!.to_version!, format: 'promptfoo-rubric' }),
    );
    expect(exported.content).toContain(
      `# Aligned from version ${search!.from_version} to version ${search!.to_version}`,
    );
    await core.close();
  }, 120_000);
});
