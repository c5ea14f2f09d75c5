// Who this window acts as and what they may do (the server decides; this only hides what it would
// refuse), and the owner's reviewer links.
import type { AccessView, Channel, ReviewerLinkView } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/result';
import type { GavelState, SliceCreator } from '../../types';

export interface AccessState {
  me: AccessView | null;
  /** Browser mode opened without a valid link (never signed in, or the link was revoked). */
  signedOut: boolean;
  links: ReviewerLinkView[];
  /** The link just made for a reviewer, shown once: only its hash is kept. */
  invitation: { reviewer: string; link: string } | null;
  error: ApiError | null;
}

export interface AccessSlice {
  access: AccessState;
  loadAccess(): Promise<void>;
  refreshLinks(): Promise<void>;
  inviteReviewer(reviewer: string, sessionId: number): Promise<void>;
  revokeReviewer(reviewer: string): Promise<void>;
}

/** Whether the caller may use a channel; false until the server said who the caller is. */
export const can = (state: Pick<GavelState, 'access'>, channel: Channel): boolean =>
  state.access.me?.channels.includes(channel) ?? false;

export const createAccessSlice: SliceCreator<AccessSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AccessState>) => set((s) => ({ access: { ...s.access, ...changes } }));

  return {
    access: { me: null, signedOut: false, links: [], invitation: null, error: null },

    loadAccess: async () => {
      const result = await api['access.me']({});
      if (!result.ok) {
        patch(result.error.code === 'UNAUTHENTICATED' ? { signedOut: true } : { error: result.error });
        return;
      }
      patch({ me: result.value, signedOut: false });
      // A reviewer's link names its reviewer: the desk needs no "who are you" and starts at Review.
      if (result.value.reviewer !== null) {
        await get().chooseReviewer(result.value.reviewer);
        get().goTo('review');
      } else if (can(get(), 'access.list')) {
        await get().refreshLinks();
      }
    },

    refreshLinks: async () => {
      const result = await api['access.list']({});
      patch(result.ok ? { links: result.value } : { error: result.error });
    },

    inviteReviewer: async (reviewer, sessionId) => {
      const result = await api['access.invite']({ reviewer, sessionIds: [sessionId] });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      patch({ invitation: { reviewer: result.value.reviewer, link: api.linkFor(result.value.token) }, error: null });
      await Promise.all([get().refreshLinks(), get().refreshSessions()]);
    },

    revokeReviewer: async (reviewer) => {
      const result = await api['access.revoke']({ reviewer });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      patch({ invitation: null, error: null });
      await get().refreshLinks();
    },
  };
};
