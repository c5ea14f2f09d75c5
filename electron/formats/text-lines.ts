// Splits a text file into lines, a chunk's worth at a time.
import type { SourceFile } from './source-file';
import { readText } from './text-chunks';

interface LineBatch {
  /** Line texts without their terminator (`\n` or `\r\n`). */
  lines: string[];
  /** 1-based number of `lines[0]`. */
  firstLine: number;
}

/**
 * Yields the file's lines in batches, one batch per chunk read. Batches rather than single lines
 * because each async step costs far more than splitting: this is the JSONL hot path. Splitting
 * with indexOf is also several times faster than node:readline.
 */
export async function* readLines(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<LineBatch> {
  let carry = '';
  let nextLine = 1;
  for await (const chunk of readText(file, onBytes)) {
    const lines: string[] = [];
    let end = chunk.indexOf('\n');
    if (end === -1) {
      carry += chunk;
      continue;
    }
    // The carried start of a line is joined to its end only: prefixing the whole chunk would
    // make V8 copy a megabyte to flatten the joined string before the first indexOf.
    lines.push(trimCr(carry + chunk.slice(0, end)));
    let start = end + 1;
    for (end = chunk.indexOf('\n', start); end !== -1; end = chunk.indexOf('\n', start)) {
      lines.push(trimCr(chunk.slice(start, end)));
      start = end + 1;
    }
    carry = chunk.slice(start);
    yield { lines, firstLine: nextLine };
    nextLine += lines.length;
  }
  if (carry.length > 0) yield { lines: [trimCr(carry)], firstLine: nextLine };
}

function trimCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
