// JSON objects in a judge's reply, most explicit first: the whole reply; then ``` fenced blocks; then
// objects embedded in prose ("Here is my verdict: {...}").

export interface JsonCandidate {
  value: Record<string, unknown>;
  /** Where the object's text is in the reply. */
  start: number;
  end: number;
}

function asObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** End (exclusive) of the object opening at `start`, tracking strings so braces inside them do not count. */
function objectEnd(text: string, start: number): number | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth++;
    } else if (char === '}' && --depth === 0) {
      return i + 1;
    }
  }
  return null;
}

function wholeReply(text: string): JsonCandidate[] {
  const value = asObject(text);
  return value ? [{ value, start: 0, end: text.length }] : [];
}

function fencedBlocks(text: string): JsonCandidate[] {
  return [...text.matchAll(/```[\w-]*[ \t]*\r?\n?([\s\S]*?)```/g)].flatMap((match) => {
    const body = match[1] ?? '';
    const value = asObject(body);
    const start = match.index + match[0].indexOf(body);
    return value ? [{ value, start, end: start + body.length }] : [];
  });
}

function objectAt(text: string, start: number): JsonCandidate | null {
  const end = objectEnd(text, start);
  if (end === null) return null;
  const value = asObject(text.slice(start, end));
  return value ? { value, start, end } : null;
}

function embeddedObjects(text: string): JsonCandidate[] {
  const found: JsonCandidate[] = [];
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const candidate = objectAt(text, start);
    if (candidate) {
      found.push(candidate);
      start = candidate.end - 1; // objects nested in a found one are part of it
    }
  }
  return found;
}

/** Candidates in tiers; a parser takes the first tier that holds an answer. */
export function jsonCandidateTiers(text: string): JsonCandidate[][] {
  return [wholeReply(text), fencedBlocks(text), embeddedObjects(text)];
}
