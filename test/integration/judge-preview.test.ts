// The judge editor's preview: the exact prompt for an LLM judge, the computed verdict for a heuristic.
import { describe, expect, it } from 'vitest';
import type { PromptPreview } from '../../shared/contract';
import { DEFAULT_PARAMS, type JudgeSpec, type TemplateInfo } from '../../shared/judging';
import { tempCore, value } from '../helpers/temp-workspace';

async function spec(core: Awaited<ReturnType<typeof tempCore>>, template: string): Promise<JudgeSpec> {
  const found = (value(await core.call('templates.list', {})) as TemplateInfo[]).find((t) => t.name === template)!;
  return { ...found.spec, provider: 'openai', model: 'gpt-4o-mini', params: DEFAULT_PARAMS, fewshot: [] };
}

describe('judge preview', () => {
  it('shows the exact fenced prompt for an item found by its key', async () => {
    const core = await tempCore({ seedSample: true });
    const { id } = value(await core.call('items.find', { datasetId: 1, key: 'nw-004' })) as { id: number };
    const preview = value(
      await core.call('judges.preview', { spec: await spec(core, 'correctness'), itemId: id }),
    ) as PromptPreview;
    expect(preview.problem).toBeNull();
    const user = preview.requests[0]!.messages.at(-1)!.content;
    expect(user).toContain('<data name="response">');
    expect(user).toContain('$1,500 individual deductible');
    expect(await core.call('items.find', { datasetId: 1, key: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('computes a heuristic judge’s verdict instead of a prompt', async () => {
    const core = await tempCore({ seedSample: true });
    const { id } = value(await core.call('items.find', { datasetId: 1, key: 'nw-001' })) as { id: number };
    const heuristic = { ...(await spec(core, 'token_f1')), provider: null, model: null };
    const preview = value(await core.call('judges.preview', { spec: heuristic, itemId: id })) as PromptPreview;
    expect(preview.requests).toEqual([]);
    expect(preview.heuristicVerdict).toMatchObject({ status: 'done' });
    expect(preview.heuristicVerdict!.score).toBeGreaterThan(0);
    expect(preview.heuristicVerdict!.score).toBeLessThanOrEqual(1);
  });
});
