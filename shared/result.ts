// Errors cross every boundary (IPC, HTTP) as data, never as thrown exceptions.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'IMPORT_REJECTED',
  'WORKSPACE_ERROR',
  /** Browser mode: no valid link cookie (never opened the printed link, or the link was revoked). */
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  /** The renderer could not reach the main process (browser mode server stopped, network). */
  'UNAVAILABLE',
  /** A model or its provider did not answer as asked (refused the call, cut off, malformed reply). */
  'MODEL_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error the core raises on purpose; its code and message are safe to show the user. */
export class GavelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GavelError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
