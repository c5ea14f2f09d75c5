// Reads a file as text in large chunks, refusing bytes that are not text in its encoding.
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { invalidUtf8, undecodable } from './invalid-text';
import { CHUNK_BYTES, type SourceFile } from './source-file';

/**
 * Yields the file's text chunk by chunk, without a leading byte-order mark, decoded by a fatal
 * streaming TextDecoder in the file's encoding. Bytes that do not decode are refused naming the
 * line they are on, because a silently replaced character (U+FFFD) would be imported as if the
 * user had written it.
 */
export function readText(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  return file.encoding === 'utf-8' ? readUtf8(file, onBytes) : readDecoded(file, onBytes);
}

/**
 * UTF-8, the common case and the JSONL hot path. An all-ASCII chunk skips the decoder:
 * Buffer#toString makes a one-byte string from it about a quarter faster, and indexOf, slice and
 * JSON.parse are faster on it too. For other text the TextDecoder is the faster of the two.
 */
async function* readUtf8(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
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

/** Any other encoding (UTF-16 with a BOM, or one the user named): the decoder does all the work. */
async function* readDecoded(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  // The decoder sees the file from its first byte, so it drops a leading BOM itself.
  const decoder = new TextDecoder(file.encoding, { fatal: true });
  let bytes = 0;
  let line = 1;
  const stream = createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw await undecodable(file, line);
      }
      bytes += chunk.length;
      line += countLineBreaks(text);
      onBytes?.(bytes);
      if (text.length > 0) yield text;
    }
    try {
      decoder.decode();
    } catch {
      throw await undecodable(file, line);
    }
  } finally {
    stream.destroy();
  }
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
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
