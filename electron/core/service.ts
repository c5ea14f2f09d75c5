// The core service: one object implementing the API contract, built from explicit dependencies so
// tests, the CLI, browser mode and the Electron shell all drive the same code.
import { itemForViewer, rowsForViewer, viewerOf } from './blind-view';
import type { Channel, GavelEvent, Input, Output } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { GavelError } from '../../shared/result';
import type { Workspace } from '../db/open-workspace';
import { schemaVersion } from '../db/migration';
import { countDatasets, datasetExists, deleteDataset, listDatasets } from '../db/queries/datasets';
import { findItem, itemDetail, itemPage } from '../db/queries/items';
import { createAccessHandlers, reviewerScope } from './access-handlers';
import { OWNER, type Caller } from './caller';
import { dispatch, type Handlers } from './dispatch';
import { createEventHub } from './event-hub';
import { createImportService } from './import-service';
import { lazyGroup } from './lazy-group';
import { CHANNEL_GROUPS } from '../../shared/channels';
import type { UploadStore } from './uploads';
import { createWriteQueue } from './write-queue';
import { createProviderRegistry } from './provider-registry';
import { createRunner, type Runner } from '../runner/runner';
import { createProvider } from '../providers/create-provider';
import { createEnvKeyStore } from '../providers/env-key-store';
import type { KeyBindings } from '../providers/key-bindings';
import type { KeyStore, Provider } from '../providers/types';
import type { ProviderConfig } from '../../shared/judging';

export interface CoreDeps {
  workspace: Workspace;
  /** API keys: the OS keychain in the app, the environment in the CLI and browser mode. */
  keys?: KeyStore;
  /** Browser mode's uploaded files; null where files are opened by path (Electron, CLI). */
  uploads?: UploadStore | null;
  /** Builds a provider client; tests may substitute one. */
  providerFor?: (config: ProviderConfig, keys: KeyStore, bindings: KeyBindings) => Promise<Provider>;
  now?: () => Date;
  /** How long calls may wait on a provider's rate limit with nothing getting through (tests shorten it). */
  rateLimitGiveUpMs?: number;
}

export interface Core {
  readonly workspace: Workspace;
  readonly runner: Runner;
  /**
   * Runs a channel for a caller (the owner unless browser mode says otherwise), typed by the
   * contract: its input and its output are the channel's.
   */
  call<C extends Channel>(channel: C, input: Input<C>, caller?: Caller): Promise<Result<Output<C>>>;
  /** The same for the bridges (HTTP, IPC, the core host), which carry whatever arrived: validated here. */
  callChannel(channel: string, input: unknown, caller?: Caller): Promise<Result<unknown>>;
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
  const now = deps.now ?? (() => new Date());
  const keys = deps.keys ?? createEnvKeyStore();
  const registry = createProviderRegistry({ reader: db, writer: workspace.writer, writes, keys });
  const providerFor = (config: ProviderConfig) =>
    (deps.providerFor ?? createProvider)(config, keys, registry.keyBindings);
  const runner = createRunner({
    workspace,
    writes,
    events,
    providerFor,
    prices: registry.prices,
    now,
    rateLimitGiveUpMs: deps.rateLimitGiveUpMs,
  });

  // The handlers of each contract group below are loaded on the first call of one of its channels
  // (see lazyGroup); the groups' channels are those of shared/channels.ts.
  const judging = lazyGroup(CHANNEL_GROUPS.judging, async () => {
    const [{ createJudgeHandlers }, { createRunHandlers }] = await Promise.all([
      import('./judge-handlers'),
      import('./run-handlers'),
    ]);
    return {
      ...createJudgeHandlers({ workspace, writes, registry, keys, providerFor, now }),
      ...createRunHandlers({ workspace, writes, runner, registry, now }),
    };
  });
  const review = lazyGroup(CHANNEL_GROUPS.review, async () =>
    (await import('./review-handlers')).createReviewHandlers({ workspace, writes, uploads: deps.uploads ?? null, now }),
  );
  const calibration = lazyGroup(CHANNEL_GROUPS.calibration, async () => {
    const [{ createCalibrationHandlers }, { createTrustHandlers }, { createExportHandlers }, { alignmentFromSearches }] =
      await Promise.all([
        import('./calibration-handlers'),
        import('./trust-handlers'),
        import('./export-handlers'),
        import('../exports/search-alignment'),
      ]);
    return {
      // Calibration saves judge versions, previews prompts and starts runs through the judging handlers.
      ...createCalibrationHandlers({
        workspace,
        writes,
        now,
        prices: registry.prices,
        saveJudge: judging['judges.save'],
        preview: judging['judges.preview'],
        startRun: judging['runs.start'],
      }),
      ...createTrustHandlers(workspace.reader),
      ...createExportHandlers({
        workspace,
        now,
        // The version's alignment as the searches report it, so exports carry their sealed test.
        alignmentOf: async (judge, version) =>
          alignmentFromSearches(await alignSearch['align.list']({ judge }), judge, version),
      }),
    };
  });
  const audit = lazyGroup(CHANNEL_GROUPS.audit, async () =>
    (await import('./audit-handlers')).createAuditHandlers({ workspace, writes, events, runner, registry, now }),
  );
  const align = lazyGroup(CHANNEL_GROUPS.align, async () =>
    (await import('./align-handlers')).createAlignHandlers({ workspace, writes, registry, providerFor, now }),
  );
  const alignSearch = lazyGroup(CHANNEL_GROUPS['align-search'], async () =>
    (await import('./align-search-handlers')).createAlignSearchHandlers({
      workspace,
      writes,
      now,
      registry,
      saveJudge: judging['judges.save'],
      startRun: judging['runs.start'],
      resumeRun: judging['runs.resume'],
      estimateRun: judging['runs.estimate'],
      themes: align['align.themes'],
    }),
  );

  const handlers: Handlers = {
    'workspace.info': () => ({
      path: workspace.path,
      schemaVersion: schemaVersion(db),
      datasets: countDatasets(db),
    }),
    ...createAccessHandlers({ workspace, writes, events, now }),
    'datasets.list': () => listDatasets(db),
    'datasets.delete': ({ id }) =>
      writes.run(() => {
        const changes = deleteDataset(workspace.writer, id);
        if (changes === 0) throw new GavelError('NOT_FOUND', `No dataset with id ${id}.`);
        events.emit({ type: 'workspace.changed' });
        return { deleted: changes };
      }),
    'items.page': (input, caller) => {
      const { datasetId, offset, limit } = input;
      if (!datasetExists(db, datasetId)) throw new GavelError('NOT_FOUND', `No dataset with id ${datasetId}.`);
      const page = itemPage(db, datasetId, offset, limit);
      return { ...page, rows: rowsForViewer(db, page.rows, (row) => row.id, viewerOf(input, caller)) };
    },
    'items.get': (input, caller) => {
      const item = itemDetail(db, input.id);
      if (!item) throw new GavelError('NOT_FOUND', `No item with id ${input.id}.`);
      return itemForViewer(db, item, viewerOf(input, caller));
    },
    'items.find': ({ datasetId, key }) => {
      const found = findItem(db, datasetId, key);
      if (!found) throw new GavelError('NOT_FOUND', `No item with key "${key}" in dataset ${datasetId}.`);
      return found;
    },
    'import.inspect': (input) => imports.inspect(input),
    'import.run': (input) => imports.run(input),
    ...judging,
    ...review,
    ...calibration,
    ...audit,
    ...align,
    ...alignSearch,
  };

  const scopeFor = (reviewer: string) => reviewerScope(workspace, reviewer);
  return {
    workspace,
    runner,
    call: <C extends Channel>(channel: C, input: Input<C>, caller: Caller = OWNER) =>
      dispatch(handlers, channel, input, caller, scopeFor) as Promise<Result<Output<C>>>,
    callChannel: (channel, input, caller = OWNER) => dispatch(handlers, channel, input, caller, scopeFor),
    subscribe: events.subscribe,
    async close() {
      await runner.stopAll();
      await writes.run(() => undefined);
      await workspace.close();
    },
  };
}
