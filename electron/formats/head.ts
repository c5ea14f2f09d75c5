// The first bytes of a file, which is all detection and a few sniffed details need.
import { open } from 'node:fs/promises';
import { ImportRejected } from './errors';
import type { SourceFile } from './source-file';

export const HEAD_BYTES = 64 * 1024;

/**
 * Reads the head as text in the file's encoding, BOM dropped. Decoding is lenient here: invalid
 * bytes are reported with their line by the full read, and a character cut at the end of the head
 * is not an error.
 * An empty or blank file is refused now, whatever its format.
 */
export async function readHead(file: SourceFile): Promise<string> {
  const handle = await open(file.path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, file.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = new TextDecoder(file.encoding).decode(buffer.subarray(0, bytesRead), { stream: true });
    if (head.trim().length === 0 && file.size <= HEAD_BYTES) {
      throw new ImportRejected(file.name, 'line 1', 'no rows: the file is empty');
    }
    return head;
  } finally {
    await handle.close();
  }
}

export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** The first character that is not JSON whitespace, or '' for none. */
export function firstSignificant(text: string): string {
  return /\S/.exec(text)?.[0] ?? '';
}
