// A channel's input schema, building only the schemas of its contract file, on the first call of
// one of its channels: a command that calls one channel does not build the whole contract.
import { CHANNEL_GROUPS, type Channel, type ChannelGroup, type GroupChannel } from '../channels';
import type { Contract } from './index';

const GROUPS: { [G in ChannelGroup]: () => Promise<Pick<Contract, GroupChannel<G>>> } = {
  access: async () => (await import('./access')).accessChannels,
  datasets: async () => (await import('./datasets')).datasetChannels,
  judging: async () => (await import('./judging')).judgingChannels,
  review: async () => (await import('./review')).reviewChannels,
  calibration: async () => (await import('./calibration')).calibrationChannels,
};

const groupOf = new Map<Channel, ChannelGroup>(
  Object.entries(CHANNEL_GROUPS).flatMap(([group, channels]) =>
    channels.map((channel) => [channel, group as ChannelGroup] as const),
  ),
);
const built = new Map<ChannelGroup, Promise<Partial<Contract>>>();

export async function inputSchema<C extends Channel>(channel: C): Promise<Contract[C]['input']> {
  const group = groupOf.get(channel)!;
  let definitions = built.get(group);
  if (!definitions) built.set(group, (definitions = GROUPS[group]()));
  return (await definitions)[channel]!.input;
}
