// Which text encoding a file is read in: UTF-8 unless its byte-order mark or the user says otherwise.

/** WHATWG names of the encodings a byte-order mark announces. */
const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding the file's byte-order mark announces, or UTF-8 when it has none. */
export function encodingOfBom(head: Uint8Array): string {
  const bom = BOMS.find(({ bytes }) => bytes.every((b, i) => head[i] === b));
  return bom?.encoding ?? 'utf-8';
}
