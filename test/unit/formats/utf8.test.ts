import { describe, expect, it } from 'vitest';
import { readAll, rejectionOf, tempFile } from './helpers';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('UTF-8 decoding', () => {
  it('refuses invalid UTF-8 in CSV, naming the line', async () => {
    // "café" saved as Latin-1: 0xE9 then a comma.
    const latin1 = bytes('question,answer\nq1,a1\n"multi\nline",x\ncaf', [0xe9], ',ok\n');
    expect(await rejectionOf('latin1.csv', latin1)).toBe(
      'latin1.csv, line 5: invalid UTF-8 (byte 0xE9 at byte 40): expected UTF-8 text; save the file as UTF-8 and import it again',
    );
  });

  it('refuses invalid UTF-8 in JSONL and JSON, naming the line', async () => {
    expect(await rejectionOf('bad.jsonl', bytes('{"q":"a"}\n\n{"q":"', [0xff], '"}\n'))).toBe(
      'bad.jsonl, line 3: invalid UTF-8 (byte 0xFF at byte 17): expected UTF-8 text; save the file as UTF-8 and import it again',
    );
    expect(await rejectionOf('bad.json', bytes('[\n{"q":"', [0xc3, 0x28], '"}\n]'))).toMatch(
      /^bad\.json, line 2: invalid UTF-8 \(byte 0xC3 at byte 8\)/,
    );
  });

  it('refuses a character cut off at the end of the file', async () => {
    expect(await rejectionOf('cut.jsonl', bytes('{"q":"a"}\n{"q":"', [0xe2, 0x82]))).toBe(
      'cut.jsonl, line 2: invalid UTF-8 (a multi-byte character is cut off at the end of the file (byte 16)): ' +
        'expected UTF-8 text; save the file as UTF-8 and import it again',
    );
  });

  it('drops a byte-order mark and keeps multi-byte text', async () => {
    const { records } = await readAll(
      tempFile('bom.json', bytes([0xef, 0xbb, 0xbf], '[{"question":"¿Qué tal? 😀","answer":"€"}]')),
    );
    expect(records[0]!.item).toMatchObject({ request: '¿Qué tal? 😀', response: '€' });
  });
});
