// Turns whatever a source cell holds into the shape of an item field. Lenient on purpose: a value
// is never dropped for being the "wrong" type, it is converted to the closest faithful form.
import type { ContextChunk, Guidelines } from '../../shared/domain';
import { parsePythonList } from './python-literal';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text fields: strings as they are, other values as JSON (a chat transcript stays readable). */
export function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * expected_response: text, or a list of reference answers (RAGAS's old `ground_truths`, written
 * as JSON or as a Python list), one per line; any other value as `toText` gives it.
 */
export function toReference(value: unknown): string | null {
  const list = typeof value === 'string' ? parsedJson(value) : value;
  if (Array.isArray(list) && list.every((v) => typeof v === 'string')) return list.join('\n');
  return toText(value);
}

/**
 * Parses a cell that holds JSON text (CSV cells, stringified columns) or a list Python wrote
 * (pandas CSVs); other strings stay text.
 */
function parsedJson(text: string): unknown {
  const t = text.trim();
  if (!(t.startsWith('[') || t.startsWith('{'))) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return parsePythonList(t);
  }
}

/** Non-empty trimmed lines: one fact or guideline per line, as people write them in a cell. */
function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function textList(values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = toText(v);
    if (t !== null && t.length > 0) out.push(t);
  }
  return out;
}

/**
 * expected_facts: a list, a JSON list in a string, or plain text with one fact per line (a cell
 * holding a single sentence is one fact).
 */
export function toFacts(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return textList(value);
  if (typeof value === 'string') {
    const parsed = parsedJson(value);
    if (Array.isArray(parsed)) return textList(parsed);
    const lines = linesOf(value);
    return lines.length > 0 ? lines : null;
  }
  return textList([value]);
}

/**
 * guidelines: a list, named lists (`{"tone": ["Be polite"]}`, Databricks global guidelines), the
 * same as JSON text, or plain text with one guideline per line.
 */
export function toGuidelines(value: unknown): Guidelines | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return textList(value);
  if (isRecord(value)) {
    const named: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(value)) {
      named[name] = Array.isArray(list) ? textList(list) : textList([list]);
    }
    return named;
  }
  if (typeof value === 'string') {
    const parsed = parsedJson(value);
    if (parsed !== undefined) return toGuidelines(parsed);
    const lines = linesOf(value);
    return lines.length > 0 ? lines : null;
  }
  return textList([value]);
}

/**
 * retrieved_context: a list of chunks (`{doc_uri, content}`, LangChain's `page_content` +
 * `metadata.source`, or plain strings), the same as JSON text, or one plain-text chunk.
 */
export function toContext(value: unknown): ContextChunk[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toChunk);
  if (typeof value === 'string') {
    const parsed = parsedJson(value);
    if (parsed !== undefined) return toContext(parsed);
    return value.trim().length > 0 ? [{ doc_uri: null, content: value }] : null;
  }
  return [toChunk(value)];
}

function toChunk(value: unknown): ContextChunk {
  if (!isRecord(value)) return { doc_uri: null, content: toText(value) ?? '' };
  const content = value.content ?? value.page_content ?? value.text;
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const uri = value.doc_uri ?? value.uri ?? value.source ?? meta.source ?? meta.doc_uri;
  return {
    doc_uri: toText(uri),
    content: content === undefined ? JSON.stringify(value) : (toText(content) ?? ''),
  };
}

/** Sets an own property even for the key `__proto__`, which plain assignment would not. */
export function putOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}
