// Requests and responses as tools store them: text, JSON text, or a structure around the text.
import { isRecord, toText } from './item-values';
import { pythonLiteral } from './python-literal';

/**
 * Span I/O is JSON text; a CSV cell holding a list or dict is JSON, or the Python literal pandas
 * writes (`[{'name': 'x', 'valid': True}]`).
 */
export function decoded(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!(text.startsWith('{') || text.startsWith('[') || text.startsWith('"'))) return value;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.startsWith('"') ? value : (pythonLiteral(text) ?? value);
  }
}

/**
 * A request or response as text: a string as it is, a dict holding one string (`{"question":
 * "…"}`) as that string, anything else (chat messages) as JSON, which the desk shows as turns.
 */
export function ioText(value: unknown): string | null {
  const v = decoded(value);
  if (isRecord(v)) {
    const values = Object.values(v);
    if (values.length === 1 && typeof values[0] === 'string') return values[0];
  }
  return toText(v);
}
