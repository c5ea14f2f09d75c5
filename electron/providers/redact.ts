// The one redaction every error message goes through before it is stored, logged, returned over the
// API or printed: providers and proxies echo keys back (a 401 body quoting the Authorization header,
// a proxy's error page), so messages are scrubbed of every key Gavel knows of and of anything shaped
// like a key.

const MASK = '[redacted]';

/** Keys read from a key store since start-up; environment keys are read afresh each time. */
const remembered = new Set<string>();

/** Environment variables holding secrets: provider keys and AWS credentials. */
const SECRET_VARIABLE =
  /^(GAVEL_KEY_\w+|OPENAI_API_KEY|AZURE_OPENAI_API_KEY|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_BEARER_TOKEN_BEDROCK)$/;

/** Shorter values are not masked by value: they would mask ordinary words (the patterns still apply). */
const MIN_SECRET_LENGTH = 6;

const KEY_SHAPES: [RegExp, string][] = [
  // OpenAI and most compatible servers: sk-…, sk-proj-… (real keys are long; `sk-learn` is a word).
  [/\bsk-[A-Za-z0-9_-]{16,}/g, MASK],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/gi, `$1 ${MASK}`],
  // AWS access key ids: long-term (AKIA) and temporary (ASIA).
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, MASK],
  // Azure's header and query-string spellings: api-key: …, api_key=…, "apiKey": "…"
  [/((?:api[-_]?key|x-api-key|access[-_]?token)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/gi, `$1${MASK}`],
];

/** Makes `secret` known to every later redaction. */
export function rememberSecret(secret: string): void {
  if (secret.length >= MIN_SECRET_LENGTH) remembered.add(secret);
}

type Env = Record<string, string | undefined>;

/** An error message as it may be stored, logged, returned or printed: every known key and anything key-shaped masked. */
export function redact(text: string, env: Env = process.env): string {
  let clean = redactKnownKeys(text, env);
  for (const [shape, replacement] of KEY_SHAPES) clean = clean.replace(shape, replacement);
  return clean;
}

/** An error column's value as it may be stored. */
export const redactOrNull = (text: string | null): string | null => (text === null ? null : redact(text));

/**
 * A model's reply as it may be stored: the keys Gavel knows masked, and nothing else (a reply may
 * rightly discuss Bearer tokens or quote sk-… examples).
 */
export function redactKnownKeys(text: string, env: Env = process.env): string {
  const secrets = new Set(remembered);
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= MIN_SECRET_LENGTH && SECRET_VARIABLE.test(name)) secrets.add(value);
  }
  let clean = text;
  // Longest first, so a key containing another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) clean = clean.split(secret).join(MASK);
  return clean;
}

/** A key as Settings may show it: enough to tell keys apart, never enough to use one. */
export function keyHint(secret: string): string {
  if (secret.length < 16) return '…';
  const prefix = /^[a-z]+-/i.exec(secret)?.[0] ?? '';
  return `${prefix}…${secret.slice(-4)}`;
}

/** An error as a log line: its stack (or itself as text), then its causes'; redact before logging. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}
