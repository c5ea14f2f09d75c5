// Browser mode: every channel is `POST /api/call/<channel>`, events arrive over server-sent events,
// files are uploaded first. The server answers every call with a JSON Result, errors included. The
// browser is signed in by the HttpOnly cookie its link set, which same-origin requests carry: this
// page never sees the secret.
import { CHANNELS } from '../../../shared/channels';
import type { GavelApi, GavelEvent } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';
import type { RendererApi } from './types';

async function readResult<T>(request: Promise<Response>, what: string): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    return fail('UNAVAILABLE', `Cannot reach the Gavel server (${what}): ${String(error)}`);
  }
  try {
    return (await response.json()) as Result<T>;
  } catch {
    return fail('INTERNAL', `The Gavel server sent an unreadable answer to ${what} (HTTP ${response.status}).`);
  }
}

/** One EventSource shared by all listeners, open only while someone listens. */
function createEventHub(): GavelApi['onEvent'] {
  const listeners = new Set<(event: GavelEvent) => void>();
  let source: EventSource | null = null;

  const open = () => {
    source = new EventSource('/api/events');
    source.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as GavelEvent;
      for (const listener of listeners) listener(event);
    };
  };

  return (listener) => {
    listeners.add(listener);
    if (!source) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  };
}

/** `origin` is this server's address (the page's own), where reviewers' links start. */
export function createHttpApi(origin: string): RendererApi {
  const call = (channel: string, input: unknown) =>
    readResult(
      fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      }),
      channel,
    );

  // Built from the contract's channel list so a new channel needs no change here.
  const channels = Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => call(channel, input)]),
  ) as Omit<GavelApi, 'onEvent'>;

  return {
    ...channels,
    onEvent: createEventHub(),
    linkFor: (token) => `${origin}/?token=${token}`,
    async sourceForFile(file) {
      const uploaded = await readResult<{ id: string }>(
        fetch('/api/upload', {
          method: 'POST',
          headers: { 'X-File-Name': encodeURIComponent(file.name) },
          body: file,
        }),
        `uploading ${file.name}`,
      );
      return uploaded.ok ? { ok: true, value: { kind: 'upload', id: uploaded.value.id } } : uploaded;
    },
  };
}
