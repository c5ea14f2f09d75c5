import { describe, expect, it } from 'vitest';
import { readAll, rejection, rejectionOf, tempFile } from './helpers';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

const CSV = 'question,answer\n"¿Qué tal? 😀","€ 5"\n';
const JSONL = '{"question":"¿Qué tal? 😀","answer":"€ 5"}\n';
const JSON_ARRAY = '[{"question":"¿Qué tal? 😀","answer":"€ 5"}]';
const expected = { request: '¿Qué tal? 😀', response: '€ 5' };

describe('text encodings', () => {
  it.each([
    ['UTF-8 without a BOM', (t: string) => Buffer.from(t, 'utf8')],
    ['UTF-8 with a BOM', (t: string) => bytes([0xef, 0xbb, 0xbf], t)],
    ['UTF-16 LE with a BOM', utf16le],
    ['UTF-16 BE with a BOM', utf16be],
  ])('reads CSV, JSONL and JSON in %s', async (name, encode) => {
    const slug = name.replaceAll(' ', '-');
    for (const [ext, text] of [
      ['csv', CSV],
      ['jsonl', JSONL],
      ['json', JSON_ARRAY],
    ] as const) {
      const { records } = await readAll(tempFile(`${slug}.${ext}`, encode(text)));
      expect(records.map((r) => r.item)).toMatchObject([expected]);
    }
  });

  it('reads UTF-16 whose characters straddle the chunks it is read in', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `{"id":${i},"question":"q😀${i}","answer":"é"}\n`);
    const { records } = await readAll(tempFile('big-utf16.jsonl', utf16le(lines.join(''))));
    expect(records).toHaveLength(20_000);
    expect(records[19_999]!.item.request).toBe('q😀19999');
    expect(records.every((r) => !JSON.stringify(r.item).includes('\uFFFD'))).toBe(true);
  });

  it('refuses Latin-1 CSV naming the line, the likely encoding and how to convert it', async () => {
    // "café" saved as Latin-1: 0xE9 then a comma.
    const latin1 = bytes('question,answer\nq1,a1\n"multi\nline",x\ncaf', [0xe9], ',ok\n');
    const message = await rejectionOf('latin1.csv', latin1);
    expect(message).toMatch(/^latin1\.csv, line 5: not UTF-8 text \(byte 0xE9 at byte 40\); it looks like [\w-]+\. /);
    expect(message).toMatch(/`iconv -f [\w-]+ -t UTF-8 "latin1\.csv" > "latin1-utf8\.csv"`/);
    expect(message).toMatch(/--encoding [\w-]+$/);
  });

  it('reads Latin-1 when told to, storing the right characters', async () => {
    const path = tempFile('told.csv', bytes('question,answer\ncaf', [0xe9], ',', [0xa3], '5\n'));
    const { records } = await readAll(path, { encoding: 'latin1' });
    expect(records[0]!.item).toMatchObject({ request: 'café', response: '£5' });
  });

  it('refuses invalid UTF-8 in JSONL and JSON, naming the line', async () => {
    expect(await rejectionOf('bad.jsonl', bytes('{"q":"a"}\n\n{"q":"', [0xff], '"}\n'))).toMatch(
      /^bad\.jsonl, line 3: not UTF-8 text \(byte 0xFF at byte 17\)/,
    );
    expect(await rejectionOf('bad.json', bytes('[\n{"q":"', [0xc3, 0x28], '"}\n]'))).toMatch(
      /^bad\.json, line 2: not UTF-8 text \(byte 0xC3 at byte 8\)/,
    );
  });

  it('refuses a character cut off at the end of the file', async () => {
    expect(await rejectionOf('cut.jsonl', bytes('{"q":"a"}\n{"q":"', [0xe2, 0x82]))).toMatch(
      /^cut\.jsonl, line 2: not UTF-8 text \(a multi-byte character is cut off at the end of the file \(byte 16\)\)/,
    );
  });

  it('refuses UTF-16 holding a lone surrogate rather than storing U+FFFD', async () => {
    const text = Buffer.concat([
      utf16le('{"q":"a"}\n{"q":"'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('"}\n', 'utf16le'),
    ]);
    expect(await rejectionOf('lone.jsonl', text)).toMatch(/^lone\.jsonl, line 1: not valid UTF-16LE text/);
  });

  it('refuses an encoding no decoder knows', async () => {
    const error = await rejection(tempFile('plain.csv', CSV), { encoding: 'klingon-8' });
    expect(error.message).toBe(
      'plain.csv: unknown encoding "klingon-8"; expected a name such as utf-8, utf-16le, windows-1252 or latin1',
    );
  });
});
