// How progress words a wait on the provider's rate limit, for the CLI line and the run panel.
import { describe, expect, it } from 'vitest';
import { rateLimitWaitText } from '../../../shared/rate-limit-wait';
import { waitNote } from '../../../electron/cli/progress-note';
import { progress } from '../renderer/judging-fixtures';

describe('rate-limit wait in progress', () => {
  it('says how long calls still wait, and nothing when they do not', () => {
    expect(rateLimitWaitText({ rateLimitWaitSeconds: 12 })).toBe("waiting for the provider's rate limit, 12 s");
    expect(rateLimitWaitText({ rateLimitWaitSeconds: null })).toBeNull();
    expect(waitNote(progress(1, { rateLimitWaitSeconds: 3 }))).toBe(", waiting for the provider's rate limit, 3 s");
    expect(waitNote(progress(1))).toBe('');
  });
});
