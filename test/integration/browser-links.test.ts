// Browser mode's links and cookie: the secret leaves the address at once, lives only in an HttpOnly
// SameSite=Strict cookie, is refused in an API call's query string, and no call may name a server path.
import { describe, expect, it } from 'vitest';
import { parseSetCookie } from 'cookie';
import { call, request, signIn, startServer } from '../helpers/browser-client';
import { fixture } from '../helpers/temp-workspace';

describe('browser mode links', () => {
  it('opening the link sets an HttpOnly SameSite=Strict cookie for / and redirects (303) to the address without the token', async () => {
    const { server } = await startServer();
    const reply = await request(server.port, { path: `/?token=${server.token}&view=review` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/?view=review');
    const cookie = parseSetCookie(reply.headers['set-cookie']![0]!);
    expect(cookie).toMatchObject({
      name: `gavel-${server.port}`,
      value: server.token,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
    });
  });

  it('refuses a wrong link without setting a cookie', async () => {
    const { server } = await startServer();
    const reply = await request(server.port, { path: '/?token=not-the-token' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/link is not valid/);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses API calls carrying the token in the query string, even with a valid cookie', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const reply = await request(server.port, {
      method: 'POST',
      path: `/api/call/datasets.list?token=${server.token}`,
      headers: { cookie },
      body: '{}',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/open the link/);
    const events = await request(server.port, { path: `/api/events?token=${server.token}` });
    expect(events.status).toBe(400);
  });

  it('refuses API calls with no cookie, a wrong one, or a bearer header instead', async () => {
    const { server } = await startServer();
    const none = await request(server.port, { method: 'POST', path: '/api/call/datasets.list', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const wrong = await call(server, `gavel-${server.port}=forged`, 'datasets.list', {});
    expect(wrong.status).toBe(401);
    const bearer = await request(server.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(bearer.status).toBe(401);
  });

  it('a cookie set by a server on another port does not sign in to this one', async () => {
    const first = await startServer();
    const second = await startServer();
    const cookie = await signIn(first.server);
    expect((await call(second.server, cookie, 'datasets.list', {})).status).toBe(401);
  });
});

describe('no server paths over HTTP', () => {
  const pathCalls: [string, unknown, string][] = [
    ['import.inspect', { source: { kind: 'path', path: fixture('qa.csv') } }, 'source.kind'],
    ['import.run', { source: { kind: 'path', path: '/etc/passwd' } }, 'source.kind'],
    ['labels.importPack', { source: { kind: 'path', path: fixture('qa.csv') } }, 'source.kind'],
    ['export.build', { judge: 'correctness', format: 'report-csv', path: '/tmp/out.csv' }, 'path'],
    ['datasets.list', { file: '/etc/passwd' }, 'file'],
  ];

  it.each(pathCalls)(
    '%s naming a server path is refused for the owner, with where it was named',
    async (channel, input, where) => {
      const { server, core } = await startServer();
      const cookie = await signIn(server);
      const reply = await call(server, cookie, channel, input);
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body).error.message).toBe(
        `${channel} names a file on the server (${where}); in browser mode files are uploaded from the page instead.`,
      );
      expect(core.workspace.reader.prepare('SELECT count(*) AS n FROM dataset').get()).toEqual({ n: 0 });
    },
  );
});
