// Building blocks of the contract's channel definitions.
import * as z from 'zod';
import type { ChannelGroup, GroupChannel } from '../channels';

/** Phantom marker carrying an output type through the contract object (never read at run time). */
export const returns = <T>() => undefined as unknown as T;

export const id = z.number().int().positive();

/** What is wrong with an input, one line per problem naming its field. */
export const describeProblems = (error: z.ZodError): string => z.prettifyError(error);

/** What one contract file defines: exactly its group's channels, each with an input schema and an output type. */
export type ChannelDefinitions<G extends ChannelGroup> = Record<GroupChannel<G>, { input: z.ZodType; output: unknown }>;
