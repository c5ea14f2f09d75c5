// The verdict a fake judge gives by default. Deterministic in the prompt, so a benchmark or a resumed
// run sees the same answer for the same question, and shaped by the requested JSON schema:
//
//   h = FNV-1a (32-bit) hash of the prompt (the last user message)
//   no schema          → {"score": 1 + h % 5, "justification": "…"}
//   schema properties  → one value per property:
//     integer / number → minimum + h % (maximum − minimum + 1), bounds defaulting to 1..5
//     boolean          → h is even
//     string with enum → enum[h % enum.length]
//     other string     → a fixed justification naming h
//     anything else    → null
import { isRecord } from './fake-http';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function fakeVerdict(prompt: string, schema: unknown): Record<string, unknown> {
  const h = fnv1a(prompt);
  const justification = `Fake judge verdict for prompt #${h.toString(16)}.`;
  const properties = isRecord(schema) ? schema['properties'] : undefined;
  if (!isRecord(properties)) return { score: 1 + (h % 5), justification };
  const verdict: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    verdict[name] = valueFor(property, h, justification);
  }
  return verdict;
}

function valueFor(property: unknown, h: number, justification: string): unknown {
  const spec = isRecord(property) ? property : {};
  const type = Array.isArray(spec['type']) ? spec['type'][0] : spec['type'];
  const choices = spec['enum'];
  if (Array.isArray(choices) && choices.length > 0) return choices[h % choices.length];
  if (type === 'integer' || type === 'number') {
    const min = typeof spec['minimum'] === 'number' ? Math.ceil(spec['minimum']) : 1;
    const max = typeof spec['maximum'] === 'number' ? Math.floor(spec['maximum']) : 5;
    return min + (h % Math.max(1, max - min + 1));
  }
  if (type === 'boolean') return h % 2 === 0;
  if (type === 'string') return justification;
  return null;
}
