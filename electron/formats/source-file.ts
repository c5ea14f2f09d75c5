// The file being imported, as every reader sees it.

export interface SourceFile {
  /** Where the bytes are (uploads live under temporary names). */
  path: string;
  /** What messages call the file: the name the user chose. */
  name: string;
  /** Size in bytes, for progress. */
  size: number;
}

/**
 * Bytes read per chunk. Large chunks keep per-chunk overhead (decoding, line splitting, progress
 * callbacks) negligible next to JSON.parse, which is what bounds JSONL throughput.
 */
export const CHUNK_BYTES = 1 << 20;
