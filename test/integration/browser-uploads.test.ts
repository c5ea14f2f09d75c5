// Browser mode's uploads and connections under abuse: files past the limit are refused (413) and
// leave nothing on disk, cut-off uploads are removed, stale ones go at start, and a client
// trickling its headers is disconnected.
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createUploadStore, DEFAULT_UPLOAD_ROOT, removeStaleUploads } from '../../electron/core/uploads';
import { okValue, request, signIn, startServer } from '../helpers/browser-client';
import { tempDir } from '../helpers/temp-workspace';

const LIMIT = 64 * 1024;

/** Every file under the upload root, whatever folder it is in. */
const filesUnder = (root: string): string[] =>
  fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

/** Streams `total` bytes in chunks without a Content-Length, as a browser streaming a file may. */
function streamUpload(port: number, cookie: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/upload', headers: { cookie, 'x-file-name': 'big.jsonl' } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // Writes after the server stopped reading fail; the answer already tells what happened.
    req.on('error', (error) => reject(error));
    const chunk = Buffer.alloc(8 * 1024, 'x');
    let sent = 0;
    const writeMore = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      req.end();
    };
    writeMore();
  });
}

describe('browser mode uploads', () => {
  it('refuses a file declared larger than the limit with 413, before reading it', async () => {
    const { server, uploadRoot } = await startServer({ uploads: { maxBytes: LIMIT } });
    const cookie = await signIn(server);
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { cookie, 'x-file-name': 'big.csv' },
      body: Buffer.alloc(LIMIT + 1, 'x'),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/larger than this server accepts.*--max-upload-mb/);
    expect(filesUnder(uploadRoot)).toEqual([]);
  });

  it('stops reading a streamed file at the limit, answers 413 and removes the partial file', async () => {
    const { server, uploadRoot } = await startServer({ uploads: { maxBytes: LIMIT } });
    const cookie = await signIn(server);
    const reply = await streamUpload(server.port, cookie, LIMIT * 4);
    expect(reply.status).toBe(413);
    expect(filesUnder(uploadRoot)).toEqual([]);
    // A file within the limit is still taken.
    const small = await streamUpload(server.port, cookie, LIMIT);
    const { id } = okValue<{ id: string }>({ ...small, headers: {} });
    expect(filesUnder(uploadRoot)).toEqual([id]);
    expect(fs.statSync(path.join(uploadRoot, fs.readdirSync(uploadRoot)[0]!, id)).size).toBe(LIMIT);
  });

  it('removes an upload the client cut off midway', async () => {
    const { server, uploadRoot } = await startServer({ uploads: { maxBytes: LIMIT * 4 } });
    const cookie = await signIn(server);
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/upload',
      headers: { cookie, 'x-file-name': 'cut.csv', 'content-length': String(LIMIT * 2) },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(LIMIT, 'x'));
    // The partial file exists while the upload is under way…
    await vi.waitFor(() => expect(filesUnder(uploadRoot)).toHaveLength(1));
    req.destroy();
    // …and is gone once the client has gone.
    await vi.waitFor(() => expect(filesUnder(uploadRoot)).toEqual([]));
  });

  it('removes at start the uploads of processes that have ended and any upload older than a day', () => {
    const root = tempDir();
    const deadProcess = path.join(root, '999999999-abc');
    const running = path.join(root, `${process.pid}-def`);
    for (const dir of [deadProcess, running]) fs.mkdirSync(dir);
    fs.writeFileSync(path.join(deadProcess, 'left-behind'), 'x');
    fs.writeFileSync(path.join(running, 'old'), 'x');
    fs.writeFileSync(path.join(running, 'fresh'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(path.join(running, 'old'), twoDaysAgo, twoDaysAgo);

    expect(removeStaleUploads(root)).toBe(2);
    expect(fs.existsSync(deadProcess)).toBe(false);
    expect(fs.readdirSync(running)).toEqual(['fresh']);
  });

  it('keeps one upload root per OS user', () => {
    expect(path.basename(DEFAULT_UPLOAD_ROOT)).toBe(`gavel-uploads-${os.userInfo().username}`);
  });

  // Only root may hand a folder to another user; elsewhere this test reports itself skipped.
  it.runIf(process.getuid?.() === 0)('refuses an upload root that another user made', () => {
    const planted = tempDir();
    fs.chownSync(planted, 4242, 4242);
    expect(() => createUploadStore({ root: planted })).toThrow(/belongs to another user \(uid 4242\)/);
    expect(fs.readdirSync(planted)).toEqual([]);
  });
});

describe('browser mode connections', () => {
  it('disconnects a client that trickles its headers past the headers timeout', async () => {
    const { server } = await startServer({ timeouts: { headersMs: 1_000 } });
    const socket = net.connect(server.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
    // One header line every 200 ms for a minute: far longer than the server allows.
    let lines = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write(`X-Slow-${lines++}: y\r\n`);
    }, 200);
    const finished = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 60_000));
    const disconnected = await Promise.race([closed, finished]);
    clearInterval(trickle);
    socket.destroy();
    expect(disconnected).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 70_000);
});
