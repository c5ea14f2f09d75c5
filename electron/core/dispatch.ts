// The boundary every bridge goes through: validate the input against the contract, apply the
// caller's role, run the handler, and turn every outcome into a Result. Nothing is thrown across a bridge.
import { isChannel } from '../../shared/channels';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import { parseInput } from '../../shared/contract/input-schemas';
import { fail, GavelError, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { describeError, redact } from '../providers/redact';
import { reviewerRule, type ReviewerScope } from './access-policy';
import type { Caller } from './caller';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>, caller: Caller) => Output<C> | Promise<Output<C>>;
};

interface ErasedRule {
  input?: (value: unknown, scope: ReviewerScope) => unknown;
  output?: (value: unknown, scope: ReviewerScope) => unknown;
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  input: unknown,
  caller: Caller,
  scopeFor: (reviewer: string) => ReviewerScope,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `There is no API channel named "${channel}".`);
  try {
    // A reviewer is refused an owner-only channel before their input is even read.
    const rule = caller.role === 'reviewer' ? (reviewerRule(channel, caller.reviewer) as ErasedRule) : null;
    const parsed = await parseInput(channel, input ?? {});
    if (!parsed.ok) return fail('INVALID_INPUT', `${channel}: ${parsed.problem}`);
    const handler = handlers[channel] as (value: unknown, caller: Caller) => unknown;
    if (caller.role === 'owner') return ok(await handler(parsed.data, caller));
    const scope = scopeFor(caller.reviewer);
    const output = await handler(rule?.input ? rule.input(parsed.data, scope) : parsed.data, caller);
    return ok(rule?.output ? rule.output(output, scope) : output);
  } catch (error) {
    // Whatever failed may quote a key (a provider's or proxy's reply): no message leaves unredacted.
    if (error instanceof GavelError) return fail(error.code, redact(error.message));
    console.error(`[gavel] ${channel} failed:`, redact(describeError(error)));
    return fail('INTERNAL', redact(`${channel} failed unexpectedly: ${(error as Error).message ?? String(error)}`));
  }
}
