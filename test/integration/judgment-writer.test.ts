// The judgment writer against a real workspace file: a batch that meets another connection's write
// lock for longer than the write queue's patience is kept, not lost, and saved once the lock is gone;
// a writer whose lease was taken over saves nothing.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../electron/core/write-queue';
import { createJudgmentWriter } from '../../electron/runner/judgment-writer';
import { acquireLease } from '../../electron/runner/run-lease';
import { createRun, pendingJudgments } from '../../electron/runner/run-store';
import type { VerdictResult } from '../../shared/judging';
import { tempCore } from '../helpers/temp-workspace';

const verdict: VerdictResult = {
  status: 'done',
  score: null,
  label: 'yes',
  pass: true,
  justification: 'fine',
  error: null,
  raw: '{"result":"yes"}',
  chunks: null,
  distribution: null,
};
const emptyLog = () => ({ records: [], cacheEntries: [] });

async function leasedRun() {
  const core = await tempCore({ seedSample: true });
  const db = core.workspace.writer;
  // Any judge version does: the writer never looks at its definition.
  const { id: versionId } = db.prepare('SELECT id FROM judge_version LIMIT 1').get() as { id: number };
  const runId = createRun(db, {
    datasetId: 1,
    name: 'writer test',
    itemIds: [1, 2],
    settings: { judgeVersionIds: [versionId], providers: [] },
    now: new Date().toISOString(),
  });
  const lease = acquireLease(db, runId, new Date());
  const [first, second] = pendingJudgments(core.workspace.reader, runId);
  const statusOf = (id: number) =>
    (core.workspace.reader.prepare('SELECT status FROM judgment WHERE id = ?').get(id) as { status: string }).status;
  return { core, db, lease, first: first!, second: second!, statusOf };
}

describe('the judgment writer', () => {
  it('keeps a batch it could not save while the workspace was locked, and saves it on the next flush', async () => {
    const { core, db, lease, first, statusOf } = await leasedRun();
    const failures: unknown[] = [];
    const writer = createJudgmentWriter({
      db,
      writes: createWriteQueue(undefined, 300),
      now: () => new Date(),
      leaseToken: lease.token,
      onFailure: (error) => failures.push(error),
    });
    const other = new Database(core.workspace.path);
    other.exec('BEGIN IMMEDIATE');
    writer.add({ id: first.id, result: verdict, log: emptyLog() });
    await expect(writer.flush()).rejects.toThrow(/locked by another process/);
    expect(failures).toHaveLength(1);
    expect(statusOf(first.id)).toBe('pending');

    other.exec('COMMIT');
    other.close();
    await writer.flush();
    expect(statusOf(first.id)).toBe('done');
  });

  it('saves nothing once the run’s lease belongs to someone else', async () => {
    const { db, first, second, statusOf } = await leasedRun();
    const writer = createJudgmentWriter({
      db,
      writes: createWriteQueue(),
      now: () => new Date(),
      leaseToken: 'a lease taken over since',
      onFailure: () => {},
    });
    writer.add({ id: first.id, result: verdict, log: emptyLog() });
    writer.add({ id: second.id, result: verdict, log: emptyLog() });
    await writer.flush();
    expect([statusOf(first.id), statusOf(second.id)]).toEqual(['pending', 'pending']);
  });
});
