// A fake model server in a process of its own, so a benchmark measures the client side without the
// server competing for the same event loop, as with a real remote API. Talks over IPC: sends {url}
// once listening, answers 'stats' with {requests}, and closes on 'close'.
// Options (argv): --api openai|bedrock, --latency MS (per reply), --per-minute N (a limit enforced
// as fake-rate-limit.ts does) and --style (how it is announced; Bedrock throttles without a hint).
import { parseArgs } from 'node:util';
import { startFakeBedrock } from './fake-bedrock-server';
import { startFakeOpenAI } from './fake-openai-server';
import { enforceLimit, LIMIT_STYLES, type LimitStyle } from './fake-rate-limit';

const { values } = parseArgs({
  options: {
    api: { type: 'string', default: 'openai' },
    latency: { type: 'string', default: '50' },
    'per-minute': { type: 'string' },
    style: { type: 'string', default: 'retry-after-ms' },
  },
});
const style = values.style as LimitStyle;
if (!LIMIT_STYLES.includes(style)) throw new Error(`--style must be one of ${LIMIT_STYLES.join(', ')}`);
const reply = () => ({ latencyMs: Number(values.latency) });
const perMinute = values['per-minute'];
const behavior = perMinute === undefined ? reply : enforceLimit({ perMinute: Number(perMinute), style }, reply);

const fake = values.api === 'bedrock' ? await startFakeBedrock({ behavior }) : await startFakeOpenAI({ behavior });

process.send!({ url: fake.url });
process.on('message', (message) => {
  if (message === 'stats') process.send!({ requests: fake.requests.length });
  if (message === 'close') void fake.close().then(() => process.exit(0));
});
