import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { can } from '../../../renderer/src/store/slices/shell/access';
import type { AccessView, ReviewerLinkView } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';

const ana: AccessView = { role: 'reviewer', reviewer: 'ana', channels: ['access.me', 'review.queue', 'labels.save'] };

describe('access slice', () => {
  it('a reviewer link sets the desk to its reviewer and opens Review; owner-only channels are not offered', async () => {
    const { api } = createFakeApi({ 'access.me': vi.fn(async () => ok(ana)) });
    const store = createGavelStore(api);
    store.getState().start();
    await flush();
    const state = store.getState();
    expect(state.reviewQueue.reviewer).toBe('ana');
    expect(api['reviewers.ensure']).toHaveBeenCalledWith({ name: 'ana' });
    expect(state.section).toBe('review');
    expect(can(state, 'labels.save')).toBe(true);
    expect(can(state, 'runs.start')).toBe(false);
    expect(api['access.list']).not.toHaveBeenCalled();
  });

  it('a browser without a valid link is signed out', async () => {
    const { api } = createFakeApi({ 'access.me': vi.fn(async () => fail('UNAUTHENTICATED', 'Not signed in')) });
    const store = createGavelStore(api);
    store.getState().start();
    await flush();
    expect(store.getState().access.signedOut).toBe(true);
  });

  it('the owner invites a reviewer to a session and sees the link once, then revokes it', async () => {
    const links: ReviewerLinkView[] = [{ reviewer: 'ana', createdAt: '2026-01-01T00:00:00Z', sessions: [3] }];
    const { api } = createFakeApi({
      'access.invite': vi.fn(async () => ok({ reviewer: 'ana', token: 's3cret' })),
      'access.list': vi.fn(async () => ok(links)),
      'access.revoke': vi.fn(async () => ok({ revoked: 1 })),
    });
    const store = createGavelStore(api);
    await store.getState().loadAccess();
    await store.getState().inviteReviewer('ana', 3);
    expect(api['access.invite']).toHaveBeenCalledWith({ reviewer: 'ana', sessionIds: [3] });
    expect(store.getState().access.invitation).toEqual({
      reviewer: 'ana',
      link: 'http://127.0.0.1:4321/?token=s3cret',
    });
    expect(store.getState().access.links).toEqual(links);
    await store.getState().revokeReviewer('ana');
    expect(api['access.revoke']).toHaveBeenCalledWith({ reviewer: 'ana' });
    expect(store.getState().access.invitation).toBeNull();
  });
});
