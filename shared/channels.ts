// API channel names, kept free of dependencies so the sandboxed preload can bundle them alone.
/**
 * API channel names by the contract file that defines them (shared/contract/<group>.ts defines
 * exactly its group's channels), so the core can build one group's schemas without the others.
 */
export const CHANNEL_GROUPS = {
  access: ['access.me', 'access.invite', 'access.revoke', 'access.list'],
  datasets: [
    'workspace.info',
    'datasets.list',
    'datasets.delete',
    'items.page',
    'items.get',
    'items.find',
    'import.inspect',
    'import.run',
  ],
  judging: [
    'templates.list',
    'judges.list',
    'judges.get',
    'judges.save',
    'judges.diff',
    'judges.preview',
    'providers.list',
    'providers.save',
    'providers.delete',
    'providers.setKey',
    'providers.test',
    'providers.detectOllama',
    'prices.list',
    'prices.save',
    'runs.estimate',
    'runs.start',
    'runs.compareModels',
    'runs.startPairwise',
    'runs.list',
    'runs.get',
    'runs.judgments',
    'runs.cancel',
    'runs.pause',
    'runs.resume',
    'runs.retryErrors',
  ],
  review: [
    'reviewers.list',
    'reviewers.ensure',
    'labels.save',
    'labels.undo',
    'labels.history',
    'review.queue',
    'sessions.create',
    'sessions.list',
    'sessions.get',
    'adjudication.list',
    'adjudication.resolve',
    'labels.exportPack',
    'labels.importPack',
    'review.responses',
  ],
  calibration: [
    'calibration.stats',
    'fewshot.suggest',
    'calibration.overview',
    'calibration.breakdown',
    'calibration.estimate',
    'calibration.plan',
    'calibration.trust',
    'fewshot.get',
    'fewshot.save',
    'fewshot.preview',
    'calibration.start',
    'calibration.get',
    'calibration.list',
    'export.build',
  ],
  audit: ['trust.audit', 'trust.latestAudit'],
  align: ['align.themes', 'align.proposals', 'align.decide'],
  'align-search': ['align.start', 'align.get', 'align.list'],
} as const;
export type ChannelGroup = keyof typeof CHANNEL_GROUPS;
/** The channels one contract file defines. */
export type GroupChannel<G extends ChannelGroup> = (typeof CHANNEL_GROUPS)[G][number];
export type Channel = GroupChannel<ChannelGroup>;

export const CHANNELS: readonly Channel[] = Object.values(CHANNEL_GROUPS).flat();

export const isChannel = (name: string): name is Channel => (CHANNELS as readonly string[]).includes(name);

/** IPC channel names: one per API channel, plus the event stream. */
export const ipcChannel = (channel: Channel): string => `gavel:${channel}`;
export const IPC_EVENT_CHANNEL = 'gavel:event';
