// "Key: value" lines in a free-text reply: `Score: 4`, `**Verdict:** yes`, `- Justification: …`.
import { escapeRegExp } from './regexp';

export interface KeyLine {
  key: string;
  value: string;
  /** Offset of the value in the reply, and of the line's start. */
  valueAt: number;
  lineAt: number;
}

export function keyLines(text: string, keys: readonly string[]): KeyLine[] {
  const pattern = new RegExp(`^[ \\t>*_#-]*(${keys.map(escapeRegExp).join('|')})[ \\t*_]*[:=][ \\t*_]*(.*)$`, 'gim');
  return [...text.matchAll(pattern)].map((match) => {
    const value = match[2] ?? '';
    return { key: match[1] ?? '', value, valueAt: match.index + match[0].length - value.length, lineAt: match.index };
  });
}

/**
 * The text a `Justification:` line opens, up to the next answer line after it. Without such a line,
 * the reply minus its answer lines: free text around a score is the reasoning behind it.
 */
export function lineJustification(text: string, justification: KeyLine | undefined, answers: KeyLine[]): string | null {
  if (justification) {
    const next = answers.find((line) => line.lineAt > justification.valueAt);
    return text.slice(justification.valueAt, next?.lineAt ?? text.length).trim() || null;
  }
  let rest = text;
  for (const line of [...answers].reverse()) {
    const lineEnd = text.indexOf('\n', line.lineAt);
    rest = rest.slice(0, line.lineAt) + rest.slice(lineEnd === -1 ? text.length : lineEnd + 1);
  }
  return rest.trim() || null;
}
