// The rejection for bytes that are not text in the file's encoding: where they are, what the file
// probably is instead, and how to read it.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { detectFile } from 'chardet';
import { canonicalEncoding } from '../../shared/text-encoding';
import { ImportRejected } from './errors';
import { CHUNK_BYTES, type SourceFile } from './source-file';

/** Bytes chardet looks at, around the first bad one. */
const SAMPLE_BYTES = 64 * 1024;

/** Refuses a UTF-8 file holding bytes that are not UTF-8, naming the first bad byte's line. */
export async function invalidUtf8(file: SourceFile): Promise<ImportRejected> {
  const bad = await findInvalidUtf8(file.path);
  const detail =
    bad.byte === null
      ? `a multi-byte character is cut off at the end of the file (byte ${bad.offset})`
      : `byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${bad.offset}`;
  const guess = await likelyEncoding(file, bad.offset);
  return new ImportRejected(file.name, `line ${bad.line}`, `not UTF-8 text (${detail})${advice(file, guess)}`);
}

/**
 * Refuses a file that is not valid text in the encoding it was read in (a lone UTF-16 surrogate,
 * a cut-off last character). `line` is where the chunk holding the bad bytes starts or later.
 */
export async function undecodable(file: SourceFile, line: number): Promise<ImportRejected> {
  const guess = await likelyEncoding(file, 0);
  return new ImportRejected(
    file.name,
    `line ${line}`,
    `not valid ${file.encoding.toUpperCase()} text${advice(file, guess === file.encoding.toUpperCase() ? null : guess)}`,
  );
}

/** What chardet makes of the bytes around `offset`, when a decoder here can read it. */
async function likelyEncoding(file: SourceFile, offset: number): Promise<string | null> {
  try {
    const guess = await detectFile(file.path, {
      sampleSize: SAMPLE_BYTES,
      offset: Math.max(0, offset - SAMPLE_BYTES / 2),
    });
    // chardet says UTF-8 for text that is mostly UTF-8: no help for a file that is not.
    return guess !== null && guess !== 'UTF-8' && canonicalEncoding(guess) !== undefined ? guess : null;
  } catch {
    return null;
  }
}

function advice(file: SourceFile, guess: string | null): string {
  const from = guess ?? 'WINDOWS-1252';
  const ext = extname(file.name);
  const converted = `${file.name.slice(0, file.name.length - ext.length)}-utf8${ext}`;
  const likely = guess === null ? '' : `; it looks like ${guess}`;
  return (
    `${likely}. Convert it to UTF-8 (for example \`iconv -f ${from.toUpperCase()} -t UTF-8 "${file.name}" > "${converted}"\`) ` +
    `and import that, or read it as it is with --encoding ${from.toLowerCase()}`
  );
}

interface InvalidUtf8 {
  offset: number;
  line: number;
  /** The first byte of the bad sequence, or null when the file ends inside a sequence. */
  byte: number | null;
}

/**
 * The WHATWG UTF-8 decoder's validity rules, tracking byte offset and line of each sequence. The
 * decoder does not say where it stopped, so the file is scanned again (only on this error path).
 */
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
