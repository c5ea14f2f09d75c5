// The one typed API between the renderer and the main process: channel → zod input schema → output
// type. The core implements it, the Electron bridge and browser mode carry it, the renderer calls it.
import type { z } from 'zod';
import type { Channel } from '../channels';
import type { RunProgress } from '../judging';
import type { Result } from '../result';
import { accessChannels } from './access';
import { alignThemeChannels } from './align';
import { alignSearchChannels } from './align-search';
import { calibrationChannels } from './calibration';
import { datasetChannels } from './datasets';
import { judgingChannels } from './judging';
import { reviewChannels } from './review';

export { CHANNELS, type Channel } from '../channels';
export * from './access';
export * from './align';
export * from './align-search';
export * from './calibration';
export * from './datasets';
export * from './judging';
export * from './review';

export const contract = {
  ...accessChannels,
  ...datasetChannels,
  ...judgingChannels,
  ...reviewChannels,
  ...calibrationChannels,
  ...alignThemeChannels,
  ...alignSearchChannels,
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/** Events the main process pushes to every window / browser tab. */
export type GavelEvent =
  | { type: 'import.progress'; jobId: string; rows: number; bytes: number; totalBytes: number }
  | { type: 'run.progress'; progress: RunProgress }
  | { type: 'workspace.changed' }
  /** A reviewer link was made or ended: browser mode closes the event streams of links no longer valid. */
  | { type: 'access.changed' }
  /** A desktop menu command for the renderer; `path` is the file chosen in the native dialog. */
  | { type: 'menu'; command: 'import' | 'export' | 'settings'; path?: string };

/** What the renderer holds: one function per channel, plus an event subscription. */
export type GavelApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> } & {
  onEvent(listener: (event: GavelEvent) => void): () => void;
};
