// Blind sessions enforced by the core: until a reviewer rates an item, items.get, items.page,
// review.queue and labels.history withhold the judge's verdict and other reviewers' labels on it,
// and refuse filters and orders by verdict.
import { describe, expect, it } from 'vitest';
import type { ItemDetail, ItemRow, LabelView } from '../../shared/domain';
import type { QueueCounts, QueueRow, SessionView } from '../../shared/review';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3', 'k4'];
const SCORES = [5, 1, 4, 2];

async function blindDesk() {
  const desk = await scriptedWorkspace(KEYS);
  const { core, datasetId } = desk;
  await desk.judge(
    { name: 'tone', outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 3 }, greaterIsBetter: true },
    new Map(KEYS.map((key, i) => [key, SCORES[i]!])),
  );
  const session = value(
    await core.call('sessions.create', {
      name: 'blind round',
      datasetId,
      judges: ['tone'],
      blind: true,
      reviewers: ['ana', 'ben'],
    }),
  ) as SessionView;
  const rate = async (reviewer: string, key: string, action: 'confirm' | 'override', score: number | null) => {
    const judgment = await desk.judgmentOf(key, 'tone');
    value(
      await core.call('labels.save', {
        itemId: desk.itemIds.get(key)!,
        judgmentId: judgment.id,
        judge: 'tone',
        reviewer,
        action,
        score,
        label: null,
        pass: null,
        rationale: `${reviewer} thinks so`,
        tags: ['misread_context'],
        sessionId: session.id,
        requireRationale: false,
      }),
    );
  };
  return { ...desk, session, rate };
}

const itemOf = async (desk: Awaited<ReturnType<typeof blindDesk>>, key: string, reviewer?: string) =>
  value(await desk.core.call('items.get', { id: desk.itemIds.get(key)!, reviewer })) as ItemDetail;

describe('blind sessions', () => {
  it('withhold the verdict and other reviewers’ labels from a reviewer until she rated the item', async () => {
    const desk = await blindDesk();
    // Ben rates k1 as the judge did (he cannot confirm a verdict he has not seen).
    await desk.rate('ben', 'k1', 'override', 5);

    const item = await itemOf(desk, 'k1', 'ana');
    expect(item.judgments[0]).toMatchObject({ score: null, label: null, pass: null, justification: null, raw: null });
    // The row as read from the file would carry imported verdict columns: withheld with them.
    expect(item.sourceRow).toBeNull();
    expect((await itemOf(desk, 'k1')).sourceRow).not.toBeNull();
    expect(item.labels).toEqual([
      expect.objectContaining({ reviewer: 'ben', score: null, pass: null, rationale: null, tags: [] }),
    ]);
    // A call naming no reviewer is the workspace owner's (desktop, CLI): nothing is withheld.
    expect((await itemOf(desk, 'k1')).judgments[0]).toMatchObject({ score: 5 });
    // A reviewer's link (browser mode) is ana whatever the request names, or if it names nobody.
    const asAna = { role: 'reviewer', reviewer: 'ana' } as const;
    for (const named of [undefined, 'ben']) {
      const seen = value(
        await desk.core.call('items.get', { id: desk.itemIds.get('k1')!, reviewer: named }, asAna),
      ) as ItemDetail;
      expect(seen.judgments[0]).toMatchObject({ score: null, justification: null });
    }
    const history = value(
      await desk.core.call('labels.history', { itemId: desk.itemIds.get('k1')!, reviewer: 'ana' }),
    ) as LabelView[];
    expect(history[0]).toMatchObject({ reviewer: 'ben', score: null, rationale: null, tags: [] });
    // Ben rated k1: he sees its verdict, and his own label; k2 stays blind to him.
    expect((await itemOf(desk, 'k1', 'ben')).judgments[0]).toMatchObject({
      score: 5,
      justification: 'Scripted for k1.',
    });
    expect((await itemOf(desk, 'k2', 'ben')).judgments[0]).toMatchObject({ score: null });

    const page = value(await desk.core.call('items.page', { datasetId: desk.datasetId, reviewer: 'ana' })) as {
      rows: ItemRow[];
    };
    expect(page.rows.map((row) => row.verdicts.tone)).toEqual(
      KEYS.map(() => ({ score: null, label: null, pass: null, status: 'done' })),
    );

    const queue = value(
      await desk.core.call('review.queue', { datasetId: desk.datasetId, reviewer: 'ana', sessionId: desk.session.id }),
    ) as { rows: QueueRow[]; counts: QueueCounts };
    expect(queue.rows.map((row) => row.key)).toEqual(KEYS);
    expect(queue.rows.map((row) => row.verdicts.tone!.score)).toEqual([null, null, null, null]);
    expect(queue.counts.disagreement).toBe(0);

    // Ana rates k1 herself: now it is hers to see, including Ben's confirm.
    await desk.rate('ana', 'k1', 'override', 3);
    const rated = await itemOf(desk, 'k1', 'ana');
    expect(rated.judgments[0]).toMatchObject({ score: 5, justification: 'Scripted for k1.' });
    expect(rated.labels.find((l) => l.reviewer === 'ben')).toMatchObject({ score: 5, tags: ['misread_context'] });
    expect((await itemOf(desk, 'k3', 'ana')).judgments[0]!.score).toBeNull();
  });

  it('refuse filters and orders by verdict, in the session and across its dataset', async () => {
    const desk = await blindDesk();
    const ask = (extra: object) =>
      desk.core.call('review.queue', { datasetId: desk.datasetId, reviewer: 'ana', ...extra });
    for (const extra of [
      { sessionId: desk.session.id, filter: { pass: true } },
      { sessionId: desk.session.id, filter: { scoreMin: 4 } },
      { sessionId: desk.session.id, sort: 'score_desc' },
      { sessionId: desk.session.id, filter: { status: 'disagreement' } },
      // Audit tags describe verdicts: filtering by one would show which items others tagged.
      { sessionId: desk.session.id, filter: { tag: 'misread_context' } },
      { filter: { scoreMax: 2 } },
    ]) {
      expect(await ask(extra), JSON.stringify(extra)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/This review is blind/) },
      });
    }
    // Once every item is rated, nothing is withheld and the filters work again.
    for (const key of KEYS) await desk.rate('ana', key, 'override', 3);
    const passing = value(await ask({ sessionId: desk.session.id, filter: { pass: true } })) as { rows: QueueRow[] };
    expect(passing.rows.map((row) => row.key)).toEqual(['k1', 'k3']);
  });

  it("show a reviewer's link a judge's rubric, not its few-shot examples or model settings", async () => {
    const desk = await blindDesk();
    const asAna = { role: 'reviewer', reviewer: 'ana' } as const;
    const found = value(await desk.core.call('judges.get', { name: 'tone' }, asAna));
    const owner = value(await desk.core.call('judges.get', { name: 'tone' }));
    expect(owner.versions[0]!.spec!.provider).toBe('fake');
    for (const version of found.versions) {
      expect(version.spec!.instructions).toBe(owner.versions[0]!.spec!.instructions);
      expect(version.spec!.fewshot).toEqual([]);
      expect(version.spec!.provider).toBeNull();
    }
  });

  it('refuse a confirm of a verdict the reviewer has not seen; her first rating is kept as the blind one', async () => {
    const desk = await blindDesk();
    const itemId = desk.itemIds.get('k2')!;
    const judgment = await desk.judgmentOf('k2', 'tone');
    const save = (action: 'confirm' | 'override', extra: object = {}) =>
      desk.core.call(
        'labels.save',
        { itemId, judgmentId: judgment.id, judge: 'tone', reviewer: 'ana', action, sessionId: desk.session.id, ...extra },
        { role: 'reviewer', reviewer: 'ana' },
      );
    expect(await save('confirm')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/blind: rate the item on tone yourself/) },
    });
    const history = () => desk.core.call('labels.history', { itemId }).then(value);
    expect(await history()).toEqual([]);
    // Her own rating reveals the verdict; no rationale is needed for it, and it is stored as blind.
    const first = value(await save('override', { score: 4 }));
    expect(first).toMatchObject({ score: 4, blind: { score: 4, label: null, pass: true } });
    // Now that she has seen it, confirming is hers to do; the session asks rationales for overrides,
    // whatever the request says.
    expect(value(await save('confirm'))).toMatchObject({ action: 'confirm', score: 1 });
    expect(await save('override', { score: 3, requireRationale: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/needs a rationale/) },
    });
  });
});
