// The alignment search's channels (align.start / align.get / align.list), built on the ordinary
// judge, run and theme handlers: a search saves versions and starts runs exactly as a user would.
import type { Workspace } from '../db/open-workspace';
import { createAlignSearch } from '../align/search';
import type { AlignSearchDeps } from '../align/search-types';
import type { WriteQueue } from './write-queue';

export function createAlignSearchHandlers(
  deps: { workspace: Workspace; writes: WriteQueue; now: () => Date } & Omit<
    AlignSearchDeps,
    'db' | 'writer' | 'writes' | 'now'
  >,
) {
  const { workspace, ...rest } = deps;
  return createAlignSearch({ ...rest, db: workspace.reader, writer: workspace.writer });
}
