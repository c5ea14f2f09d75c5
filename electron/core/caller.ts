// Who makes a call. The desktop app and the CLI are the workspace's owner; browser mode knows the
// caller from the link they opened.
export type Caller = { role: 'owner' } | { role: 'reviewer'; reviewer: string };

export const OWNER: Caller = { role: 'owner' };
