// Failures that will repeat on every call until the user changes something: a refused key or
// permission, a model the provider does not know, a server nobody answers at. A run meeting a few
// of these in a row pauses with one message instead of failing every judgment.
import { errorCode } from '../providers/provider-errors';
import { ProviderError } from '../providers/types';

export type HopelessKind = 'auth' | 'model' | 'unreachable';

/** Same kind, in a row, with no success between: enough to stop the run. */
export const HOPELESS_STREAK = 3;

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function hopelessKind(error: unknown): HopelessKind | null {
  if (!(error instanceof ProviderError)) return null;
  if (error.kind === 'auth') return 'auth';
  // OpenAI's model_not_found and Bedrock's ResourceNotFoundException both come as 404.
  if (error.kind === 'invalid' && error.options.status === 404) return 'model';
  if (error.kind === 'network' && UNREACHABLE_CODES.has(errorCode(error.options.cause) ?? '')) return 'unreachable';
  return null;
}

/** The message stored on a run paused for `kind`, naming the provider and what to do. */
export function hopelessMessage(
  kind: HopelessKind,
  error: ProviderError,
  where: { provider: string; model: string | null },
): string {
  const said = `${error.options.status ? `HTTP ${error.options.status}: ` : ''}${error.message}`;
  const calls = `${HOPELESS_STREAK} calls in a row`;
  switch (kind) {
    case 'auth':
      return `Paused: provider "${where.provider}" refused the key or credentials on ${calls} (${said}). Check the API key or permissions, then resume the run.`;
    case 'model':
      return `Paused: provider "${where.provider}" does not know the model "${where.model ?? ''}" (${said}). Check the judge's model name, then resume the run.`;
    case 'unreachable':
      return `Paused: could not reach provider "${where.provider}" on ${calls} (${said}). Check its URL and that the server is running, then resume the run.`;
  }
}

/**
 * Holds hopeless failures while they may still be a streak: the caller writes the released ones as
 * errors (something succeeded in between, or the kind changed); when the streak completes the run
 * stops and the held ones stay pending, to be run again on resume.
 */
export class HopelessStreak<T> {
  private kind: HopelessKind | null = null;
  private held: T[] = [];

  failed(kind: HopelessKind, failure: T): { stop: boolean; release: T[] } {
    const release = kind === this.kind ? [] : this.succeeded();
    this.kind = kind;
    this.held.push(failure);
    return { stop: this.held.length >= HOPELESS_STREAK, release };
  }

  /** Something got through: the failures held so far were the items' own. */
  succeeded(): T[] {
    const released = this.held;
    this.held = [];
    this.kind = null;
    return released;
  }
}
