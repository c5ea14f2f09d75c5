// The review queue, labelling sessions, undo and adjudication over the sample dataset.
import { describe, expect, it } from 'vitest';
import type { Disagreement, QueueCounts, QueueRow, SessionView } from '../../shared/review';
import type { DatasetSummary, ItemDetail, LabelView } from '../../shared/domain';
import type { Core } from '../../electron/core/service';
import { tempCore, value } from '../helpers/temp-workspace';

type Queue = { total: number; counts: QueueCounts; rows: QueueRow[] };

async function item(core: Core, key: string) {
  const { id } = value(await core.call('items.find', { datasetId: 1, key })) as { id: number };
  const detail = value(await core.call('items.get', { id })) as ItemDetail;
  return { id, judgment: (judge: string) => detail.judgments.find((j) => j.judge === judge)!.id };
}

const override = (itemId: number, reviewer: string, pass: boolean, judge = 'correctness') => ({
  itemId,
  judge,
  reviewer,
  action: 'override' as const,
  pass,
  rationale: `${reviewer} says ${pass ? 'yes' : 'no'}`,
});

describe('review queue', () => {
  it('counts and filters unreviewed, mine, disagreement, flagged and search', async () => {
    const core = await tempCore({ seedSample: true });
    const nw004 = await item(core, 'nw-004');
    const nw001 = await item(core, 'nw-001');
    // nw-004: the judge said yes, the expert says no (a disagreement); nw-001: confirmed.
    value(
      await core.call('labels.save', {
        ...override(nw004.id, 'ana', false),
        judgmentId: nw004.judgment('correctness'),
      }),
    );
    value(
      await core.call('labels.save', {
        itemId: nw001.id,
        judge: 'correctness',
        reviewer: 'ana',
        action: 'confirm',
        judgmentId: nw001.judgment('correctness'),
      }),
    );
    value(await core.call('labels.save', { itemId: nw001.id, judge: 'groundedness', reviewer: 'ben', action: 'flag' }));

    const queue = (filter: object) =>
      core.call('review.queue', { datasetId: 1, reviewer: 'ana', filter }).then((r) => value(r) as Queue);
    const all = await queue({});
    expect(all.counts).toEqual({ all: 20, unreviewed: 18, reviewed_by_me: 2, disagreement: 1, flagged: 1, errors: 0 });
    expect((await queue({ status: 'disagreement' })).rows.map((r) => r.key)).toEqual(['nw-004']);
    expect((await queue({ status: 'flagged' })).rows.map((r) => r.key)).toEqual(['nw-001']);
    const mine = (await queue({ status: 'reviewed_by_me' })).rows;
    expect(mine.find((r) => r.key === 'nw-004')!.mine.correctness).toMatchObject({ action: 'override', pass: false });
    const found = await queue({ search: 'HSA' });
    const expected: string[] = [];
    for (let id = 1; id <= 20; id++) {
      const detail = value(await core.call('items.get', { id })) as ItemDetail;
      if (/HSA/i.test(`${detail.request} ${detail.response} ${detail.expected_response}`)) expected.push(detail.key);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(found.rows.map((r) => r.key)).toEqual(expected);
    // The datasets list counts reviewed items per judge (confirms and overrides, not flags).
    const [sample] = value(await core.call('datasets.list', {})) as DatasetSummary[];
    expect(sample!.reviewed).toEqual({ correctness: 2 });
    expect((await queue({ judge: 'correctness', pass: false })).rows.map((r) => r.key).sort()).toEqual([
      'nw-006',
      'nw-010',
      'nw-015',
      'nw-017',
    ]);
  });

  it('reuses counts across sorts and tabs, and never after a label changed them', async () => {
    const core = await tempCore({ seedSample: true });
    const queue = (input: object) =>
      core.call('review.queue', { datasetId: 1, reviewer: 'ana', ...input }).then((r) => value(r) as Queue);
    const first = await queue({});
    expect((await queue({ sort: 'score_desc', filter: { status: 'unreviewed' } })).counts).toEqual(first.counts);
    const nw004 = await item(core, 'nw-004');
    value(
      await core.call('labels.save', {
        ...override(nw004.id, 'ana', false),
        judgmentId: nw004.judgment('correctness'),
      }),
    );
    const after = await queue({ sort: 'score_desc' });
    expect(after.counts).toEqual({ ...first.counts, unreviewed: 19, reviewed_by_me: 1, disagreement: 1 });
    expect((await queue({ filter: { status: 'unreviewed' } })).total).toBe(19);
  });

  it('sorts by a judge score either way, items without one last', async () => {
    const core = await tempCore({ seedSample: true });
    const nw001 = await item(core, 'nw-001');
    // An item without a chunk relevance score (as if its judgment had failed) sorts last.
    core.workspace.writer.prepare(`UPDATE latest_verdict SET score = NULL WHERE item_id = ?`).run(nw001.id);
    for (const [sort, order] of [
      ['score_asc', 1],
      ['score_desc', -1],
    ] as const) {
      const queue = value(
        await core.call('review.queue', { datasetId: 1, reviewer: 'ana', sort, filter: { judge: 'chunk_relevance' } }),
      ) as Queue;
      const keys = queue.rows.map((row) => row.key);
      expect(keys.at(-1)).toBe('nw-001');
      const scores = queue.rows.slice(0, -1).map((row) => row.verdicts.chunk_relevance!.score!);
      expect(scores.every((score, i) => i === 0 || (score - scores[i - 1]!) * order >= 0)).toBe(true);
      expect(new Set(scores).size).toBeGreaterThan(1);
    }
  });

  it('undoes the latest label by restoring the one it replaced, or retracting it', async () => {
    const core = await tempCore({ seedSample: true });
    const nw004 = await item(core, 'nw-004');
    const first = value(await core.call('labels.save', override(nw004.id, 'ana', false))) as LabelView;
    const second = value(await core.call('labels.save', override(nw004.id, 'ana', true))) as LabelView;
    const undone = value(await core.call('labels.undo', { labelId: second.id, reviewer: 'ana' })) as {
      restored: LabelView;
    };
    expect(undone.restored).toMatchObject({ pass: false, rationale: first.rationale });
    const retracted = value(await core.call('labels.undo', { labelId: undone.restored.id, reviewer: 'ana' })) as {
      restored: LabelView | null;
    };
    // Undoing again goes back past the first label: nothing of ana's stands, the history keeps all four.
    expect(retracted.restored).toBeNull();
    const history = value(await core.call('labels.history', { itemId: nw004.id })) as LabelView[];
    expect(history.map((l) => [l.action, l.pass])).toEqual([
      ['override', false],
      ['override', true],
      ['override', false],
      ['retract', null],
    ]);
    const queue = value(
      await core.call('review.queue', { datasetId: 1, reviewer: 'ana', filter: { status: 'reviewed_by_me' } }),
    ) as Queue;
    expect(queue.total).toBe(0);
    expect(await core.call('labels.undo', { labelId: first.id, reviewer: 'ana' })).toMatchObject({ ok: false });
  });
});

describe('labelling sessions', () => {
  it('fixes a stratified sample and reports progress per reviewer', async () => {
    const core = await tempCore({ seedSample: true });
    const session = value(
      await core.call('sessions.create', {
        name: 'Correctness audit',
        datasetId: 1,
        instructions: '# Check the **numbers**',
        judges: ['correctness'],
        selection: { kind: 'stratified', judge: 'correctness', size: 8, seed: 3 },
        blind: true,
        reviewers: ['ana', 'ben'],
      }),
    ) as SessionView;
    expect(session).toMatchObject({ items: 8, blind: true, judges: ['correctness'] });
    const queue = value(
      await core.call('review.queue', { datasetId: 1, reviewer: 'ana', sessionId: session.id }),
    ) as Queue;
    expect(queue.total).toBe(8);
    // Blind: Ana's queue withholds the verdicts; the owner's view shows the sample is stratified.
    expect(queue.rows.every((r) => r.verdicts.correctness!.pass === null)).toBe(true);
    const verdicts = await Promise.all(
      queue.rows.map(async (r) => {
        const item = value(await core.call('items.get', { id: r.itemId })) as ItemDetail;
        return item.judgments.find((j) => j.judge === 'correctness')!.pass;
      }),
    );
    expect(verdicts.filter((pass) => pass === false).length).toBe(4);
    value(await core.call('labels.save', { ...override(queue.rows[0]!.itemId, 'ana', true), sessionId: session.id }));
    const after = value(await core.call('sessions.get', { id: session.id })) as SessionView;
    expect(after.progress).toEqual([
      { reviewer: 'ana', done: 1, total: 8 },
      { reviewer: 'ben', done: 0, total: 8 },
    ]);
    const again = value(
      await core.call('sessions.create', {
        name: 'x',
        datasetId: 1,
        judges: ['correctness'],
        selection: { kind: 'stratified', judge: 'correctness', size: 8, seed: 3 },
      }),
    ) as SessionView;
    const second = value(
      await core.call('review.queue', { datasetId: 1, reviewer: 'ana', sessionId: again.id }),
    ) as Queue;
    expect(second.rows.map((r) => r.key)).toEqual(queue.rows.map((r) => r.key));
  });
});

describe('adjudication', () => {
  it('lists items where reviewers disagree and records the resolution', async () => {
    const core = await tempCore({ seedSample: true });
    const nw009 = await item(core, 'nw-009');
    value(await core.call('labels.save', override(nw009.id, 'ana', false)));
    value(await core.call('labels.save', override(nw009.id, 'ben', true)));
    const [disagreement] = value(await core.call('adjudication.list', { datasetId: 1 })) as Disagreement[];
    expect(disagreement).toMatchObject({ key: 'nw-009', judge: 'correctness', resolution: null });
    expect(disagreement!.labels.map((l) => [l.reviewer, l.value.pass])).toEqual([
      ['ana', false],
      ['ben', true],
    ]);
    value(
      await core.call('adjudication.resolve', {
        itemId: nw009.id,
        judge: 'correctness',
        reviewer: 'lead',
        score: null,
        label: null,
        pass: false,
        rationale: 'Births have 60 days, so the answer is wrong.',
      }),
    );
    const [resolved] = value(await core.call('adjudication.list', { datasetId: 1 })) as Disagreement[];
    expect(resolved!.resolution).toMatchObject({ pass: false, reviewer: 'lead' });
  });
});
