// A dataset of 300 items judged by a scripted yes/no judge ("safe": "yes" passes) whose verdicts the
// experts mostly confirm (they flip about one in nine), and a way to label items inside or outside a
// labelling session. The Trust tests then estimate from real rows on a real workspace file.
import type { Input } from '../../shared/contract';
import type { QueueRow, SessionView } from '../../shared/review';
import { value } from './temp-workspace';
import { scriptedWorkspace } from './scripted-judges';

export const JUDGE = { name: 'safe', outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true };
export const KEYS = Array.from({ length: 300 }, (_, i) => `k${String(i).padStart(3, '0')}`);

const indexOf = (key: string) => Number(key.slice(1));
/** The judge's verdict: 1 pass, 0 fail (70% pass). */
export const judgeValue = (key: string) => ((indexOf(key) * 7) % 10 < 7 ? 1 : 0);
/** The experts' verdict: the judge's, flipped on every ninth item. */
export const truthValue = (key: string) => (indexOf(key) % 9 === 0 ? 1 - judgeValue(key) : judgeValue(key));
const answer = (pass: number) => (pass === 1 ? 'yes' : 'no');

export async function trustWorkspace() {
  const desk = await scriptedWorkspace(KEYS);
  await desk.judge(JUDGE, new Map(KEYS.map((key) => [key, answer(judgeValue(key))])));
  const keyOf = new Map([...desk.itemIds].map(([key, id]) => [id, key]));

  /** Saves `reviewer`'s verdict (the experts' by default) on these items, in a session or (null) outside any. */
  async function label(
    itemIds: readonly number[],
    sessionId: number | null,
    { reviewer = 'ana', verdict = truthValue }: { reviewer?: string; verdict?: (key: string) => number } = {},
  ) {
    for (const itemId of itemIds) {
      const key = keyOf.get(itemId)!;
      const truth = verdict(key);
      value(
        await desk.core.call('labels.save', {
          itemId,
          judgmentId: (await desk.judgmentOf(key, JUDGE.name)).id,
          judge: JUDGE.name,
          reviewer,
          action: truth === judgeValue(key) ? 'confirm' : 'override',
          label: answer(truth),
          pass: truth === 1,
          sessionId,
          requireRationale: false,
        }),
      );
    }
  }
  return { ...desk, keyOf, label };
}

type Desk = Awaited<ReturnType<typeof trustWorkspace>>;

/** Creates a session and labels its items (those `chosen` picks) in it; returns all its items. */
export async function sessionOf(
  desk: Desk,
  selection: Input<'sessions.create'>['selection'],
  chosen: (itemIds: number[]) => number[] = (itemIds) => itemIds,
): Promise<number[]> {
  const session = value(
    await desk.core.call('sessions.create', {
      name: 'trust',
      datasetId: desk.datasetId,
      judges: [JUDGE.name],
      selection,
      requireRationale: false,
    }),
  ) as SessionView;
  const queue = value(
    await desk.core.call('review.queue', {
      datasetId: desk.datasetId,
      reviewer: 'ana',
      sessionId: session.id,
      limit: 500,
    }),
  ) as { rows: QueueRow[] };
  const itemIds = queue.rows.map((row) => row.itemId);
  await desk.label(chosen(itemIds), session.id);
  return itemIds;
}
