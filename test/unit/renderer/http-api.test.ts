import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { CHANNELS, type GavelEvent } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function stubFetch(answer: () => Promise<Response>) {
  const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() => answer());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Stands in for the browser's EventSource, remembering every instance. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onmessage: ((message: { data: string }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  push(event: GavelEvent) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
}

const ORIGIN = 'http://127.0.0.1:4321';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.opened = [];
});

describe('browser-mode API client', () => {
  it('has a function for every channel of the contract', () => {
    const api = createHttpApi(ORIGIN);
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
  });

  it("posts the input as JSON to /api/call/<channel>, relying on the link's cookie", async () => {
    const fetch = stubFetch(async () => json(ok([])));
    const result = await createHttpApi(ORIGIN)['items.page']({ datasetId: 3, offset: 200 });
    expect(result).toEqual(ok([]));
    expect(fetch).toHaveBeenCalledWith('/api/call/items.page', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ datasetId: 3, offset: 200 }),
    });
  });

  it('passes on the Result the server sends with an error status', async () => {
    stubFetch(async () => json(fail('UNAUTHENTICATED', 'Not signed in'), 401));
    expect(await createHttpApi(ORIGIN)['datasets.list']({})).toEqual(fail('UNAUTHENTICATED', 'Not signed in'));
  });

  it('turns an unreachable server or an unreadable answer into an error result', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const unreachable = await createHttpApi(ORIGIN)['datasets.list']({});
    expect(unreachable.ok).toBe(false);
    if (!unreachable.ok) expect(unreachable.error.message).toContain('Cannot reach the Gavel server');

    stubFetch(async () => new Response('<html>proxy error</html>', { status: 502 }));
    const garbled = await createHttpApi(ORIGIN)['datasets.list']({});
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(garbled.error.message).toContain('HTTP 502');
  });

  it('uploads a file and names it as an upload source', async () => {
    const id = '0b7c4f8e-2a51-4d7e-9a53-3f1a2b4c5d6e';
    const fetch = stubFetch(async () => json(ok({ id })));
    const file = new File(['a,b\n'], 'résumé eval.csv');
    const source = await createHttpApi(ORIGIN).sourceForFile(file);
    expect(source).toEqual(ok({ kind: 'upload', id }));
    expect(fetch).toHaveBeenCalledWith('/api/upload', {
      method: 'POST',
      headers: { 'X-File-Name': encodeURIComponent('résumé eval.csv') },
      body: file,
    });
  });

  it('shares one event stream between listeners and closes it after the last leaves', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const api = createHttpApi(ORIGIN);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onEvent(first);
    const stopSecond = api.onEvent(second);
    expect(FakeEventSource.opened).toHaveLength(1);
    const stream = FakeEventSource.opened[0]!;
    expect(stream.url).toBe('/api/events');

    stream.push({ type: 'workspace.changed' });
    expect(first).toHaveBeenCalledWith({ type: 'workspace.changed' });
    expect(second).toHaveBeenCalledWith({ type: 'workspace.changed' });

    stopFirst();
    expect(stream.closed).toBe(false);
    stopSecond();
    expect(stream.closed).toBe(true);
  });
});
