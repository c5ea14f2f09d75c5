// The fake OpenAI server in a process of its own, so a benchmark measures the client side without
// the server competing for the same event loop, as with a real remote API. Talks over IPC:
// sends {url} once listening, answers 'stats' with {requests}, and closes on 'close'.
// Options (argv): --latency MS (per reply), --rpm N (enforced like a real API: 429 + retry-after-ms).
import { parseArgs } from 'node:util';
import { startFakeOpenAI } from './fake-openai-server';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '50' }, rpm: { type: 'string' } } });
const latencyMs = Number(values.latency);
const rpm = values.rpm === undefined ? null : Number(values.rpm);
const window: number[] = [];

const fake = await startFakeOpenAI({
  behavior: () => {
    const now = Date.now();
    while (window.length > 0 && window[0]! <= now - 60_000) window.shift();
    if (rpm !== null && window.length >= rpm) {
      const retryAfter = window[0]! + 60_000 - now;
      return { outcome: { kind: 'error', status: 429, headers: { 'retry-after-ms': String(retryAfter) } } };
    }
    window.push(now);
    return { latencyMs };
  },
});

process.send!({ url: fake.url });
process.on('message', (message) => {
  if (message === 'stats') process.send!({ requests: fake.requests.length });
  if (message === 'close') void fake.close().then(() => process.exit(0));
});
