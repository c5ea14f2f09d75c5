// How browser mode answers: every API reply is a JSON Result with a status that matches it.
import type http from 'node:http';
import type { Result } from '../../shared/result';

export function statusOf(code: string): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'IMPORT_REJECTED':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_CHANNEL':
      return 404;
    case 'MODEL_FAILED':
      return 502;
    default:
      return 500;
  }
}

export function sendResult(
  response: http.ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: http.OutgoingHttpHeaders = {},
) {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

export function sendText(response: http.ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

export function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`body larger than ${limit} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
