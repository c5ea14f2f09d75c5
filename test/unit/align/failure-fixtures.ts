// Failures as loadFailures returns them, built from just what a test cares about.
import type { Failure } from '../../../shared/align';

export function failure(itemId: number, rationale: string | null, tags: string[] = []): Failure {
  return {
    itemId,
    key: `k${itemId}`,
    request: `Request ${itemId}`,
    response: `Response ${itemId}`,
    judge: { score: null, label: 'yes', pass: true, justification: 'Looks fine.' },
    expert: { score: null, label: 'no', pass: false, rationale, reviewer: 'ana' },
    tags,
  };
}
