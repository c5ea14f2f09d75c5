// A channel's input schema, building only the schemas of its contract file, on the first call of
// one of its channels: a command that calls one channel does not build the whole contract.
import { CHANNEL_GROUPS, type Channel, type ChannelGroup, type GroupChannel } from '../channels';
import type { Contract, ParsedInput } from './index';

const GROUPS: { [G in ChannelGroup]: () => Promise<Pick<Contract, GroupChannel<G>>> } = {
  access: async () => (await import('./access')).accessChannels,
  datasets: async () => (await import('./datasets')).datasetChannels,
  judging: async () => (await import('./judging')).judgingChannels,
  review: async () => (await import('./review')).reviewChannels,
  calibration: async () => (await import('./calibration')).calibrationChannels,
  audit: async () => (await import('./audit')).auditChannels,
  align: async () => (await import('./align')).alignThemeChannels,
  'align-search': async () => (await import('./align-search')).alignSearchChannels,
};

const groupOf = new Map<Channel, ChannelGroup>(
  Object.entries(CHANNEL_GROUPS).flatMap(([group, channels]) =>
    channels.map((channel) => [channel, group as ChannelGroup] as const),
  ),
);
const built = new Map<ChannelGroup, Promise<Partial<Contract>>>();

async function inputSchema<C extends Channel>(channel: C): Promise<Contract[C]['input']> {
  const group = groupOf.get(channel)!;
  let definitions = built.get(group);
  if (!definitions) built.set(group, (definitions = GROUPS[group]()));
  return (await definitions)[channel]!.input;
}

/** The channel's input as its schema parses it, or what is wrong with it, in words naming each field. */
export async function parseInput<C extends Channel>(
  channel: C,
  input: unknown,
): Promise<{ ok: true; data: ParsedInput<C> } | { ok: false; problem: string }> {
  const parsed = (await inputSchema(channel)).safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data as ParsedInput<C> };
  // Loaded with the schemas (as zod is): whoever validates needs not import zod up front.
  const { describeProblems } = await import('./schema-helpers');
  return { ok: false, problem: describeProblems(parsed.error) };
}
