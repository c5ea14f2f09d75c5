// Roles over real HTTP: the owner's link has every right; a reviewer's link reads only the sessions
// assigned to it and their datasets, writes labels as its reviewer, and is refused everything else.
import http from 'node:http';
import { onTestFinished, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/channels';
import type { AccessView, Invitation, ReviewerLinkView } from '../../shared/contract';
import type { DatasetSummary, ItemDetail, LabelView } from '../../shared/domain';
import type { SessionView } from '../../shared/review';
import { openCore } from '../../electron/core/open-core';
import type { BrowserServer } from '../../electron/server/browser-server';
import { call, okValue, request, signIn, startServer } from '../helpers/browser-client';
import { fixture, tempDir, value } from '../helpers/temp-workspace';

/** A sample workspace served over HTTP, a session on its dataset assigned to ana, and ana signed in. */
async function teamWorkspace() {
  const { server, core } = await startServer({ seedSample: true });
  // A second dataset nobody shared with ana.
  value(await core.call('import.run', { source: { kind: 'path', path: fixture('qa.csv') } }));
  const owner = await signIn(server);
  const session = okValue<SessionView>(
    await call(server, owner, 'sessions.create', { name: 'Round 1', datasetId: 1, judges: ['correctness'] }),
  );
  value(await core.call('sessions.create', { name: 'Not for ana', datasetId: 2, judges: ['correctness'] }));
  const invitation = okValue<Invitation>(
    await call(server, owner, 'access.invite', { reviewer: 'ana', sessionIds: [session.id] }),
  );
  const ana = await signIn(server, server.linkFor(invitation.token));
  return { server, core, owner, ana, session, invitation };
}

const errorOf = (reply: { body: string }) =>
  (JSON.parse(reply.body) as { error: { code: string; message: string } }).error;

describe('reviewer links', () => {
  it('tells each caller who they are and what they may use', async () => {
    const { server, owner, ana } = await teamWorkspace();
    const me = okValue<AccessView>(await call(server, ana, 'access.me', {}));
    expect(me).toMatchObject({ role: 'reviewer', reviewer: 'ana' });
    expect(me.channels).toContain('labels.save');
    expect(me.channels).not.toContain('runs.start');
    const boss = okValue<AccessView>(await call(server, owner, 'access.me', {}));
    expect(boss).toEqual({ role: 'owner', reviewer: null, channels: [...CHANNELS] });
  });

  it('refuses a reviewer every owner-only channel with 403, and uploads', async () => {
    const { server, ana } = await teamWorkspace();
    const allowed = okValue<AccessView>(await call(server, ana, 'access.me', {})).channels;
    const ownerOnly = CHANNELS.filter((channel) => !allowed.includes(channel));
    expect(ownerOnly).toEqual(
      expect.arrayContaining([
        'runs.start',
        'runs.resume',
        'runs.cancel',
        'providers.save',
        'providers.test',
        'prices.save',
        'judges.save',
        'import.run',
        'import.inspect',
        'export.build',
        'labels.importPack',
        'labels.exportPack',
        'calibration.start',
        'access.invite',
        'access.revoke',
        'datasets.delete',
        'adjudication.resolve',
      ]),
    );
    for (const channel of ownerOnly) {
      const reply = await call(server, ana, channel, {});
      expect({ channel, status: reply.status }).toEqual({ channel, status: 403 });
      expect(errorOf(reply).message).toBe(
        `ana's reviewer link cannot use ${channel}: only the workspace owner can. Ask the owner to do it.`,
      );
    }
    const upload = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { cookie: ana, 'x-file-name': 'qa.csv' },
      body: 'question\nwhy',
    });
    expect(upload.status).toBe(403);
  });

  it("stores a label saved by a reviewer under the link's reviewer, whatever name the client sent", async () => {
    const { server, core, ana, session } = await teamWorkspace();
    const detail = value(await core.call('items.get', { id: 1 })) as ItemDetail;
    const judgmentId = detail.judgments.find((j) => j.judge === 'correctness')!.id;
    const saved = okValue<LabelView>(
      await call(server, ana, 'labels.save', {
        itemId: 1,
        judge: 'correctness',
        reviewer: 'ben',
        action: 'confirm',
        judgmentId,
        sessionId: session.id,
      }),
    );
    expect(saved.reviewer).toBe('ana');
    expect(
      core.workspace.reader.prepare('SELECT r.name FROM label l JOIN reviewer r ON r.id = l.reviewer_id').all(),
    ).toEqual([{ name: 'ana' }]);
    const ensured = okValue<{ name: string }>(await call(server, ana, 'reviewers.ensure', { name: 'ben' }));
    expect(ensured.name).toBe('ana');
  });

  it('shows a reviewer only the sessions assigned to them, their datasets and their own labels', async () => {
    const { server, core, ana, session } = await teamWorkspace();
    expect(okValue<SessionView[]>(await call(server, ana, 'sessions.list', {})).map((s) => s.id)).toEqual([session.id]);
    expect(okValue<DatasetSummary[]>(await call(server, ana, 'datasets.list', {})).map((d) => d.id)).toEqual([1]);
    const foreignItem = (
      core.workspace.reader.prepare('SELECT min(id) AS id FROM item WHERE dataset_id = 2').get() as { id: number }
    ).id;
    const hidden = await call(server, ana, 'items.get', { id: foreignItem });
    expect(hidden.status).toBe(404);
    expect(errorOf(hidden).message).toBe(`Item ${foreignItem} is not shared with you.`);
    expect((await call(server, ana, 'items.page', { datasetId: 2 })).status).toBe(404);
    expect((await call(server, ana, 'review.queue', { datasetId: 2, reviewer: 'ana' })).status).toBe(404);
    expect((await call(server, ana, 'sessions.get', { id: session.id + 1 })).status).toBe(404);
    expect((await call(server, ana, 'items.page', { datasetId: 1 })).status).toBe(200);

    // ben's blind rating on an item ana also labels stays out of ana's history.
    value(
      await core.call('labels.save', {
        itemId: 1,
        judge: 'correctness',
        reviewer: 'ben',
        action: 'override',
        pass: false,
        rationale: 'ben thinks not',
        blind: { score: null, label: null, pass: false },
      }),
    );
    value(await core.call('labels.save', { itemId: 1, judge: 'correctness', reviewer: 'ana', action: 'flag' }));
    const history = okValue<LabelView[]>(await call(server, ana, 'labels.history', { itemId: 1 }));
    expect(history.map((label) => label.reviewer)).toEqual(['ana']);
    const seen = okValue<ItemDetail>(await call(server, ana, 'items.get', { id: 1 }));
    expect(seen.labels.map((label) => label.reviewer)).toEqual(['ana']);
    const info = okValue<{ path: string }>(await call(server, ana, 'workspace.info', {}));
    expect(info.path).toBe('test.gavel');
  });

  it("a reviewer's event stream carries workspace and access changes only, not the owner's imports", async () => {
    const { server, core, owner, ana } = await teamWorkspace();
    const listen = async (cookie: string) => {
      const stream = await new Promise<http.IncomingMessage>((resolve) =>
        http.get({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie } }, resolve),
      );
      const events: { type: string }[] = [];
      let buffered = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        buffered += chunk;
        const frames = buffered.split('\n\n');
        buffered = frames.pop()!;
        for (const frame of frames) if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)));
      });
      return { events, close: () => stream.destroy() };
    };
    const [ownerStream, anaStream] = [await listen(owner), await listen(ana)];
    value(await core.call('import.run', { source: { kind: 'path', path: fixture('qa.csv') }, jobId: 'job-1' }));
    value(await core.call('access.invite', { reviewer: 'ben' }));
    await vi.waitFor(() => expect(anaStream.events.map((e) => e.type)).toEqual(['workspace.changed', 'access.changed']));
    await vi.waitFor(() => expect(ownerStream.events.map((e) => e.type)).toContain('access.changed'));
    expect(ownerStream.events.map((e) => e.type)).toEqual(expect.arrayContaining(['import.progress', 'workspace.changed']));
    ownerStream.close();
    anaStream.close();
  });

  it('a revoked link is refused at once, for calls and for opening it again', async () => {
    const { server, owner, ana, invitation } = await teamWorkspace();
    expect(okValue<ReviewerLinkView[]>(await call(server, owner, 'access.list', {}))).toEqual([
      expect.objectContaining({ reviewer: 'ana', sessions: [1] }),
    ]);
    const stream = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie: ana } }, resolve),
    );
    expect(stream.statusCode).toBe(200);
    const streamEnded = new Promise<void>((resolve) => stream.on('end', resolve).resume());
    expect(okValue(await call(server, owner, 'access.revoke', { reviewer: 'ana' }))).toEqual({ revoked: 1 });
    // The open event stream of the revoked link is closed by the server, not left running.
    await streamEnded;
    const refused = await call(server, ana, 'datasets.list', {});
    expect(refused.status).toBe(401);
    expect(errorOf(refused).message).toMatch(/revoked/);
    expect((await request(server.port, { path: `/?token=${invitation.token}` })).status).toBe(403);
    expect(okValue(await call(server, owner, 'access.list', {}))).toEqual([]);
  });

  it('inviting a reviewer again replaces their earlier link', async () => {
    const { server, owner, ana } = await teamWorkspace();
    const again = okValue<Invitation>(await call(server, owner, 'access.invite', { reviewer: 'ana' }));
    expect((await call(server, ana, 'datasets.list', {})).status).toBe(401);
    const fresh = await signIn(server, server.linkFor(again.token));
    expect(okValue<AccessView>(await call(server, fresh, 'access.me', {})).reviewer).toBe('ana');
  });

  it('a reviewer link survives a restart of the server on the same workspace; the owner link of the old run does not', async () => {
    const workspacePath = `${tempDir()}/team.gavel`;
    const first = await openCore({ workspacePath, seedSample: true });
    const { server } = await startServer({ core: first });
    const owner = await signIn(server);
    const session = okValue<SessionView>(
      await call(server, owner, 'sessions.create', { name: 'Round 1', datasetId: 1, judges: ['correctness'] }),
    );
    const { token } = okValue<Invitation>(
      await call(server, owner, 'access.invite', { reviewer: 'ana', sessionIds: [session.id] }),
    );
    await server.close();
    await first.close();

    const second = await openCore({ workspacePath });
    onTestFinished(() => second.close());
    const restarted: BrowserServer = (await startServer({ core: second })).server;
    const ana = await signIn(restarted, restarted.linkFor(token));
    expect(okValue<AccessView>(await call(restarted, ana, 'access.me', {})).reviewer).toBe('ana');
    expect((await request(restarted.port, { path: `/?token=${server.token}` })).status).toBe(403);
    // Only a hash of the link is in the workspace.
    const stored = second.workspace.reader.prepare('SELECT token_hash FROM reviewer_link').all() as {
      token_hash: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the desktop app and CLI (no caller given) act as the owner', async () => {
    const { core } = await teamWorkspace();
    expect(value(await core.call('access.me', {}))).toMatchObject({ role: 'owner' });
  });
});
