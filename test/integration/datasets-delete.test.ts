// Deleting a dataset through the core removes it with its items from the real workspace file, and
// refuses a dataset that is not there.
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/domain';
import { fixture, tempCore, value } from '../helpers/temp-workspace';

describe('datasets.delete', () => {
  it('removes the dataset and its items, then refuses the same id as missing', async () => {
    const core = await tempCore();
    const summary = value(
      await core.call('import.run', { source: { kind: 'path', path: fixture('qa.csv') } }),
    ) as ImportSummary;
    const id = summary.dataset.id;

    expect(value(await core.call('datasets.delete', { id }))).toEqual({ deleted: 1 });
    const left = value(await core.call('datasets.list', {})) as DatasetSummary[];
    expect(left.map((dataset) => dataset.id)).not.toContain(id);
    const items = core.workspace.reader.prepare('SELECT count(*) AS n FROM item WHERE dataset_id = ?').get(id) as {
      n: number;
    };
    expect(items.n).toBe(0);

    const again = await core.call('datasets.delete', { id });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('NOT_FOUND');
    expect(again.error.message).toBe(`No dataset with id ${id}.`);
  });
});
