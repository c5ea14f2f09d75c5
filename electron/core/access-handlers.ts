// API handlers for roles: who the caller is, and the owner's reviewer links.
import { createHash, randomBytes } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import { CHANNELS } from '../../shared/channels';
import { GavelError } from '../../shared/result';
import type { Workspace } from '../db/open-workspace';
import {
  assignedSessions,
  assignSessions,
  datasetOfItem,
  listLinks,
  replaceLink,
  revokeLinks,
} from '../db/queries/access';
import { reviewerChannels, type ReviewerScope } from './access-policy';
import type { Caller } from './caller';
import type { EventHub } from './event-hub';
import type { WriteQueue } from './write-queue';

/** Links are stored as this hash of their secret, never the secret itself. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (): string => randomBytes(24).toString('base64url');

export function reviewerScope(workspace: Workspace, reviewer: string): ReviewerScope {
  const sessions = assignedSessions(workspace.reader, reviewer);
  return {
    reviewer,
    sessions: new Set(sessions.map((s) => s.id)),
    datasets: new Set(sessions.map((s) => s.datasetId)),
    datasetOfItem: (itemId) => datasetOfItem(workspace.reader, itemId),
  };
}

export function createAccessHandlers(deps: {
  workspace: Workspace;
  writes: WriteQueue;
  events: EventHub;
  now: () => Date;
}) {
  const { workspace, writes, events, now } = deps;
  return {
    'access.me': (_input: ParsedInput<'access.me'>, caller: Caller) =>
      caller.role === 'owner'
        ? { role: caller.role, reviewer: null, channels: [...CHANNELS] }
        : { role: caller.role, reviewer: caller.reviewer, channels: reviewerChannels() },
    'access.invite': ({ reviewer, sessionIds }: ParsedInput<'access.invite'>) =>
      writes.run(() => {
        const token = newToken();
        const missing = assignSessions(workspace.writer, reviewer, sessionIds);
        if (missing.length > 0) throw new GavelError('NOT_FOUND', `No session with id ${missing.join(', ')}.`);
        replaceLink(workspace.writer, reviewer, hashToken(token), now().toISOString());
        events.emit({ type: 'access.changed' });
        return { reviewer, token };
      }),
    'access.revoke': ({ reviewer }: ParsedInput<'access.revoke'>) =>
      writes.run(() => {
        const revoked = revokeLinks(workspace.writer, reviewer, now().toISOString());
        if (revoked === 0) throw new GavelError('NOT_FOUND', `${reviewer} has no live link to revoke.`);
        events.emit({ type: 'access.changed' });
        return { revoked };
      }),
    'access.list': () => listLinks(workspace.reader),
  };
}
