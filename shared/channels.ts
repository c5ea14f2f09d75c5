// API channel names, kept free of dependencies so the sandboxed preload can bundle them alone.
export const CHANNELS = [
  'workspace.info',
  'datasets.list',
  'datasets.delete',
  'items.page',
  'items.get',
  'items.find',
  'import.inspect',
  'import.run',
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
] as const;
export type Channel = (typeof CHANNELS)[number];

/** IPC channel names: one per API channel, plus the event stream. */
export const ipcChannel = (channel: Channel): string => `gavel:${channel}`;
export const IPC_EVENT_CHANNEL = 'gavel:event';
