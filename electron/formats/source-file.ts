// The file being imported, as every reader sees it.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GavelError } from '../../shared/result';
import { canonicalEncoding } from '../../shared/text-encoding';
import { encodingOfBom } from './encoding';

export interface SourceFile {
  /** Where the bytes are (uploads live under temporary names). */
  path: string;
  /** What messages call the file: the name the user chose. */
  name: string;
  /** Size in bytes, for progress. */
  size: number;
  /** WHATWG name of the encoding the text is decoded with (`utf-8`, `utf-16le`, `windows-1252`…). */
  encoding: string;
}

/**
 * Bytes read per chunk. Large chunks keep per-chunk overhead (decoding, line splitting, progress
 * callbacks) negligible next to JSON.parse, which is what bounds JSONL throughput.
 */
export const CHUNK_BYTES = 1 << 20;

export interface SourceOptions {
  /** Name messages use; defaults to the file's own (uploads are stored under temporary names). */
  fileName?: string;
  /** An encoding the user chose, overriding the byte-order mark. */
  encoding?: string;
}

/** Describes a file on disk for the readers, its encoding taken from the user or its first bytes. */
export async function sourceFile(filePath: string, options: SourceOptions = {}): Promise<SourceFile> {
  const name = options.fileName ?? basename(filePath);
  const { size } = await stat(filePath);
  if (options.encoding !== undefined) {
    const encoding = canonicalEncoding(options.encoding);
    if (encoding === undefined) {
      throw new GavelError(
        'INVALID_INPUT',
        `${name}: unknown encoding "${options.encoding}"; expected a name such as utf-8, utf-16le, windows-1252 or latin1`,
      );
    }
    return { path: filePath, name, size, encoding };
  }
  const handle = await open(filePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return { path: filePath, name, size, encoding: encodingOfBom(buffer.subarray(0, bytesRead)) };
  } finally {
    await handle.close();
  }
}
