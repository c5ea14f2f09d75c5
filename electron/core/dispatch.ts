// The boundary every bridge goes through: validate the input against the contract, run the handler,
// and turn every outcome into a Result. Nothing is thrown across a bridge.
import { z } from 'zod';
import { contract, isChannel } from '../../shared/contract';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import { fail, GavelError, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { describeError, redact } from '../providers/redact';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
};

export async function dispatch(handlers: Handlers, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `There is no API channel named "${channel}".`);
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    return fail('INVALID_INPUT', `${channel}: ${z.prettifyError(parsed.error)}`);
  }
  const handler = handlers[channel] as (value: unknown) => unknown;
  try {
    return ok(await handler(parsed.data));
  } catch (error) {
    // Whatever failed may quote a key (a provider's or proxy's reply): no message leaves unredacted.
    if (error instanceof GavelError) return fail(error.code, redact(error.message));
    console.error(`[gavel] ${channel} failed:`, redact(describeError(error)));
    return fail('INTERNAL', redact(`${channel} failed unexpectedly: ${(error as Error).message ?? String(error)}`));
  }
}
