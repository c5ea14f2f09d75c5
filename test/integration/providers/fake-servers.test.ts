// The fakes themselves: the default verdict rule, request bookkeeping, refusals and a clean close.
import http2 from 'node:http2';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBedrock } from '../../fakes/fake-bedrock-server';
import { startFakeOpenAI } from '../../fakes/fake-openai-server';
import { fakeVerdict, fnv1a } from '../../fakes/fake-verdict';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function openAI(options: Parameters<typeof startFakeOpenAI>[0] = {}) {
  const fake = await startFakeOpenAI(options);
  closers.push(fake.close);
  return fake;
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('default verdict', () => {
  it('is a 1..5 score from the prompt hash without a schema', () => {
    const h = fnv1a('Is it right?');
    expect(fakeVerdict('Is it right?', null)).toEqual({
      score: 1 + (h % 5),
      justification: `Fake judge verdict for prompt #${h.toString(16)}.`,
    });
  });

  it('fills each schema property by type: bounded numbers, booleans, enums, text', () => {
    const h = fnv1a('q');
    const verdict = fakeVerdict('q', {
      type: 'object',
      properties: {
        score: { type: 'integer', minimum: 0, maximum: 10 },
        pass: { type: 'boolean' },
        verdict: { type: 'string', enum: ['yes', 'no'] },
        rationale: { type: 'string' },
        extra: { type: 'array' },
      },
    });
    expect(verdict).toEqual({
      score: h % 11,
      pass: h % 2 === 0,
      verdict: ['yes', 'no'][h % 2],
      rationale: expect.stringContaining('Fake judge verdict'),
      extra: null,
    });
  });
});

describe('fake OpenAI server', () => {
  it('records requests without secrets and counts them per prompt', async () => {
    const fake = await openAI();
    const body = { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'same question' }] }] };
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${fake.url}/chat/completions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-secret', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    }
    expect(fake.countsByPrompt).toEqual(new Map([['same question', 3]]));
    expect(fake.requests.map((request) => request.index)).toEqual([0, 1, 2]);
    expect(fake.requests[0]).toMatchObject({ hasAuthorization: true, prompt: 'same question', body });
    expect(JSON.stringify(fake.requests)).not.toContain('sk-secret');
  });

  it('passes the request index to the behaviour', async () => {
    const fake = await openAI({
      behavior: (_body, index) => (index === 0 ? { outcome: { kind: 'error', status: 503 } } : {}),
    });
    const request = { model: 'm', messages: [{ role: 'user', content: 'q' }] };
    expect((await post(`${fake.url}/chat/completions`, request)).status).toBe(503);
    expect((await post(`${fake.url}/chat/completions`, request)).status).toBe(200);
  });

  it('wants api-version on Azure paths and 404s unknown routes', async () => {
    const fake = await openAI();
    expect((await post(`${fake.origin}/openai/deployments/d/chat/completions`, {})).status).toBe(404);
    expect((await post(`${fake.origin}/v1/embeddings`, {})).status).toBe(404);
  });

  it('refuses oversized bodies', async () => {
    const fake = await openAI();
    const response = await post(`${fake.url}/chat/completions`, { padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it('closes promptly with a request left hanging', async () => {
    const fake = await startFakeOpenAI({ behavior: () => ({ outcome: { kind: 'hang' } }) });
    const pending = post(`${fake.url}/chat/completions`, { messages: [] }).then(
      () => 'answered',
      () => 'dropped',
    );
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await fake.close();
    expect(await pending).toBe('dropped');
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('fake Bedrock server', () => {
  it('refuses an unsigned request the way the SDK reads AccessDenied', async () => {
    const fake = await startFakeBedrock();
    closers.push(fake.close);
    const session = http2.connect(fake.url);
    const reply = await new Promise<{ headers: http2.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const stream = session.request({
        ':method': 'POST',
        ':path': '/model/m/converse',
        'content-type': 'application/json',
      });
      let headers: http2.IncomingHttpHeaders = {};
      let body = '';
      stream.on('response', (received) => (headers = received));
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => resolve({ headers, body }));
      stream.on('error', reject);
      stream.end('{}');
    });
    session.close();
    expect(reply.headers[':status']).toBe(403);
    expect(reply.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(JSON.parse(reply.body)).toEqual({ message: expect.stringContaining('SigV4') });
    expect(fake.requests[0]).toMatchObject({ hasAuthorization: false, sigV4: null });
  });

  it('speaks HTTP/1.1 too', async () => {
    const fake = await startFakeBedrock();
    closers.push(fake.close);
    const response = await post(`${fake.url}/model/m/converse`, {});
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
  });
});
