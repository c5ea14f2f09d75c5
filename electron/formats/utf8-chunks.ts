// Reads a file as UTF-8 text in large chunks, refusing bytes that are not UTF-8.
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { ImportRejected } from './errors';
import { CHUNK_BYTES, type SourceFile } from './source-file';

/**
 * Yields the file's text chunk by chunk, decoded by a fatal streaming TextDecoder, without a
 * leading byte-order mark. Invalid UTF-8 is refused naming the line it is on, because a silently
 * replaced character (U+FFFD) would be imported as if the user had written it.
 *
 * An all-ASCII chunk skips the decoder: Buffer#toString makes a one-byte string from it about a
 * quarter faster, and indexOf, slice and JSON.parse are faster on it too (the JSONL hot path).
 * For other text the TextDecoder is the faster of the two.
 */
export async function* readUtf8(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  // ignoreBOM: the decoder may first see a chunk from mid-file, where U+FEFF is text.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // The decoder holds the start of a character cut off at the end of the last chunk it decoded.
  let held = false;
  let bytes = 0;
  const stream = createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      if (!held && isAscii(chunk)) {
        text = chunk.toString('latin1');
      } else {
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          throw await invalidUtf8(file);
        }
        held = endsMidCharacter(chunk);
      }
      if (bytes === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      bytes += chunk.length;
      onBytes?.(bytes);
      if (text.length > 0) yield text;
    }
    try {
      decoder.decode();
    } catch {
      throw await invalidUtf8(file);
    }
  } finally {
    stream.destroy();
  }
}

/** Whether the chunk ends inside a multi-byte character (whose last byte is in the next chunk). */
function endsMidCharacter(chunk: Buffer): boolean {
  let lead = chunk.length - 1;
  while (lead >= 0 && chunk.length - lead <= 3 && (chunk[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return false;
  const b = chunk[lead]!;
  const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return chunk.length - lead < size;
}

/**
 * Builds the rejection for bytes that are not UTF-8. The decoder does not say where it
 * stopped, so the file is scanned again (only on this error path) to find the first bad byte.
 */
async function invalidUtf8(file: SourceFile): Promise<ImportRejected> {
  const bad = await findInvalidUtf8(file.path);
  const detail =
    bad.byte === null
      ? `a multi-byte character is cut off at the end of the file (byte ${bad.offset})`
      : `byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${bad.offset}`;
  return new ImportRejected(
    file.name,
    `line ${bad.line}`,
    `invalid UTF-8 (${detail}): expected UTF-8 text; save the file as UTF-8 and import it again`,
  );
}

interface InvalidUtf8 {
  offset: number;
  line: number;
  /** The first byte of the bad sequence, or null when the file ends inside a sequence. */
  byte: number | null;
}

/** The WHATWG UTF-8 decoder's validity rules, tracking byte offset and line of each sequence. */
async function findInvalidUtf8(path: string): Promise<InvalidUtf8> {
  let offset = 0;
  let line = 1;
  let need = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = 0;
  let seqLine = 1;
  let seqByte = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++, offset++) {
        const b = chunk[i]!;
        if (need === 0) {
          if (b === 0x0a) line++;
          if (b <= 0x7f) continue;
          seqStart = offset;
          seqLine = line;
          seqByte = b;
          if (b >= 0xc2 && b <= 0xdf) need = 1;
          else if (b >= 0xe0 && b <= 0xef) {
            if (b === 0xe0) lower = 0xa0;
            if (b === 0xed) upper = 0x9f;
            need = 2;
          } else if (b >= 0xf0 && b <= 0xf4) {
            if (b === 0xf0) lower = 0x90;
            if (b === 0xf4) upper = 0x8f;
            need = 3;
          } else return { offset, line, byte: b };
        } else {
          if (b < lower || b > upper) return { offset: seqStart, line: seqLine, byte: seqByte };
          lower = 0x80;
          upper = 0xbf;
          need--;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return { offset: seqStart, line: seqLine, byte: need > 0 ? null : seqByte };
}
