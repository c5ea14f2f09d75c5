// Contract channels for who may use browser mode: the caller's own role, and the owner's reviewer links.
import * as z from 'zod';
import type { Channel } from '../channels';
import { reviewerName } from './review';
import { id, returns, type ChannelDefinitions } from './schema-helpers';

export const ROLES = ['owner', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who the caller is and which channels they may use (the desk hides the rest). */
export interface AccessView {
  role: Role;
  /** The reviewer a reviewer link belongs to; null for the owner. */
  reviewer: string | null;
  channels: Channel[];
}

export interface ReviewerLinkView {
  reviewer: string;
  createdAt: string;
  /** Sessions assigned to this reviewer: what the link lets them read and label. */
  sessions: number[];
}

export interface Invitation {
  reviewer: string;
  /**
   * The secret of the new link, shown once (only its hash is stored). Browser mode's address plus
   * `/?token=<token>` opens the workspace as this reviewer.
   */
  token: string;
}

export const accessChannels = {
  'access.me': { input: z.object({}), output: returns<AccessView>() },
  /**
   * A link for a reviewer, replacing any earlier link of theirs, and assigns them the given sessions.
   * The reviewer is created on first use.
   */
  'access.invite': {
    input: z.object({ reviewer: reviewerName, sessionIds: z.array(id).default([]) }),
    output: returns<Invitation>(),
  },
  /** Ends a reviewer's link at once; their labels stay. */
  'access.revoke': { input: z.object({ reviewer: reviewerName }), output: returns<{ revoked: number }>() },
  /** Reviewers holding a live link. */
  'access.list': { input: z.object({}), output: returns<ReviewerLinkView[]>() },
} satisfies ChannelDefinitions<'access'>;
