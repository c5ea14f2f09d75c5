// The core service: one object implementing the API contract, built from explicit dependencies so
// tests, the CLI, browser mode and the Electron shell all drive the same code.
import type { Channel, GavelEvent } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { GavelError } from '../../shared/result';
import type { Workspace } from '../db/open-workspace';
import { schemaVersion } from '../db/migration';
import { countDatasets, datasetExists, listDatasets } from '../db/queries/datasets';
import { itemDetail, itemPage } from '../db/queries/items';
import { dispatch, type Handlers } from './dispatch';
import { createEventHub } from './event-hub';
import { createImportService } from './import-service';
import type { UploadStore } from './uploads';
import { createWriteQueue } from './write-queue';

export interface CoreDeps {
  workspace: Workspace;
  /** Browser mode's uploaded files; null where files are opened by path (Electron, CLI). */
  uploads?: UploadStore | null;
  now?: () => Date;
}

export interface Core {
  readonly workspace: Workspace;
  call(channel: Channel | string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: GavelEvent) => void): () => void;
  /** Waits for writes in progress, then closes the workspace. */
  close(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const { workspace } = deps;
  const events = createEventHub();
  const writes = createWriteQueue(() => workspace.checkpointSoon());
  const imports = createImportService({
    workspace,
    writes,
    events,
    uploads: deps.uploads ?? null,
    now: deps.now ?? (() => new Date()),
  });
  const db = workspace.reader;

  const handlers: Handlers = {
    'workspace.info': () => ({
      path: workspace.path,
      schemaVersion: schemaVersion(db),
      datasets: countDatasets(db),
    }),
    'datasets.list': () => listDatasets(db),
    'datasets.delete': ({ id }) =>
      writes.run(() => {
        const { changes } = workspace.writer.prepare('DELETE FROM dataset WHERE id = ?').run(id);
        if (changes === 0) throw new GavelError('NOT_FOUND', `No dataset with id ${id}.`);
        events.emit({ type: 'workspace.changed' });
        return { deleted: changes };
      }),
    'items.page': ({ datasetId, offset, limit }) => {
      if (!datasetExists(db, datasetId)) throw new GavelError('NOT_FOUND', `No dataset with id ${datasetId}.`);
      return itemPage(db, datasetId, offset, limit);
    },
    'items.get': ({ id }) => {
      const item = itemDetail(db, id);
      if (!item) throw new GavelError('NOT_FOUND', `No item with id ${id}.`);
      return item;
    },
    'import.inspect': (input) => imports.inspect(input),
    'import.run': (input) => imports.run(input),
  };

  return {
    workspace,
    call: (channel, input) => dispatch(handlers, channel, input),
    subscribe: events.subscribe,
    async close() {
      await writes.run(() => undefined);
      await workspace.close();
    },
  };
}
