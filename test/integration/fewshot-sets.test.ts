// Curated few-shot sets: suggestions until one is saved, validation naming the bad example, the
// judge's exact prompt with the examples in it, and exports that use the saved set.
import { describe, expect, it } from 'vitest';
import type { FewShotSetView } from '../../shared/calibration';
import type { ExportFile, PromptPreview } from '../../shared/contract';
import type { LabelView } from '../../shared/domain';
import type { Core } from '../../electron/core/service';
import { JUDGE, oddnessSpec } from '../fakes/labelled-judge';
import { value } from '../helpers/temp-workspace';
import { labelledWorkspace } from '../helpers/labelled-workspace';

async function labelOf(core: Core, itemId: number, judge = JUDGE): Promise<LabelView> {
  const history = value(await core.call('labels.history', { itemId })) as LabelView[];
  return history.filter((l) => l.judge === judge).at(-1)!;
}

describe('few-shot sets', () => {
  it('suggests until a set is saved, then returns the saved set in order with the curator’s wording', async () => {
    const { core, itemIds } = await labelledWorkspace();
    const suggested = value(await core.call('fewshot.get', { judge: JUDGE, maxExamples: 2 })) as FewShotSetView;
    expect(suggested).toMatchObject({ judge: JUDGE, suggested: true, savedAt: null });
    expect(suggested.examples.map((e) => e.pass).sort()).toEqual([false, true]);

    const [q03, q04] = [itemIds.get('q03')!, itemIds.get('q04')!];
    const examples = [
      { itemId: q04, labelId: (await labelOf(core, q04)).id, rationale: '  Four is even.  ' },
      { itemId: q03, labelId: (await labelOf(core, q03)).id, rationale: 'Three is odd.' },
    ];
    const saved = value(await core.call('fewshot.save', { judge: JUDGE, examples })) as FewShotSetView;
    expect(saved.suggested).toBe(false);
    expect(saved.savedAt).not.toBeNull();
    const got = value(await core.call('fewshot.get', { judge: JUDGE })) as FewShotSetView;
    expect(got).toEqual(saved);
    expect(got.examples.map((e) => [e.itemId, e.label, e.pass, e.justification])).toEqual([
      [q04, 'no', false, 'Four is even.'],
      [q03, 'yes', true, 'Three is odd.'],
    ]);
    expect(got.examples[0]!.request).toBe('Question q04: is 4 odd?');

    const exported = value(await core.call('export.build', { judge: JUDGE, format: 'openai-sft' })) as ExportFile;
    expect(exported.records).toBe(2);
    expect(exported.content).toContain('Four is even.');

    const cleared = value(await core.call('fewshot.save', { judge: JUDGE, examples: [] })) as FewShotSetView;
    expect(cleared).toMatchObject({ suggested: false, savedAt: null, examples: [] });
    expect((value(await core.call('fewshot.get', { judge: JUDGE })) as FewShotSetView).suggested).toBe(true);
  });

  it('refuses a set naming a missing item or label, another item’s or judge’s label, or a non-verdict, by index', async () => {
    const { core, itemIds } = await labelledWorkspace();
    const [q01, q02] = [itemIds.get('q01')!, itemIds.get('q02')!];
    const good = { itemId: q01, labelId: (await labelOf(core, q01)).id, rationale: 'One is odd.' };
    const flag = value(
      await core.call('labels.save', { itemId: q02, judge: JUDGE, reviewer: 'ben', action: 'flag' }),
    ) as LabelView;
    value(await core.call('judges.save', { name: 'other', spec: oddnessSpec() }));
    const other = value(
      await core.call('labels.save', {
        itemId: q02,
        judge: 'other',
        reviewer: 'ben',
        action: 'override',
        pass: true,
        label: 'yes',
        requireRationale: false,
      }),
    );
    const cases: [object, RegExp][] = [
      [{ ...good, itemId: 99_999 }, /^Few-shot example 2 of oddness: no item with id 99999\.$/],
      [{ ...good, labelId: 99_999 }, /example 2 .*no label with id 99999/],
      [{ ...good, itemId: q02 }, new RegExp(`example 2 .*label ${good.labelId} is on item ${q01}, not item ${q02}`)],
      [
        { itemId: q02, labelId: (other as LabelView).id, rationale: 'x' },
        /example 2 .*rates judge "other", not "oddness"/,
      ],
      [{ itemId: q02, labelId: flag.id, rationale: 'x' }, /example 2 .*is a flag, not a verdict/],
      [good, /example 2 .*item \d+ is already example 1/],
    ];
    for (const [bad, message] of cases) {
      // Invalid on purpose: the contract's validation is under test.
      const result = await core.callChannel('fewshot.save', { judge: JUDGE, examples: [good, bad] });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) },
      });
    }
    expect((value(await core.call('fewshot.get', { judge: JUDGE })) as FewShotSetView).suggested).toBe(true);
  });

  it('previews the newest version’s exact prompt with the examples as prior turns', async () => {
    const { core, itemIds } = await labelledWorkspace();
    const [q01, q05] = [itemIds.get('q01')!, itemIds.get('q05')!];
    const examples = [{ itemId: q01, labelId: (await labelOf(core, q01)).id, rationale: 'One is odd.' }];
    const preview = value(await core.call('fewshot.preview', { judge: JUDGE, itemId: q05, examples })) as PromptPreview;
    const messages = preview.requests[0]!.messages;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[0]!.content).toContain('Question q01: is 1 odd?');
    expect(JSON.parse(messages[1]!.content)).toEqual({ justification: 'One is odd.', verdict: 'yes' });
    expect(messages[2]!.content).toContain('Question q05: is 5 odd?');

    // Without examples given: the saved set, none here.
    const plain = value(await core.call('fewshot.preview', { judge: JUDGE, itemId: q05 })) as PromptPreview;
    expect(plain.requests[0]!.messages).toHaveLength(1);
    expect(preview.requests[0]!.system).toMatch(/begins with worked examples/);
    expect(plain.requests[0]!.system).not.toMatch(/worked examples/);
  });
});
