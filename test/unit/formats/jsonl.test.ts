import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openImport } from '../../../electron/formats';
import { readAll, rejectionOf, tempFile } from './helpers';

describe('JSONL import', () => {
  it('keeps each line verbatim, counts blank lines and reads CRLF', async () => {
    const lines = [
      '{"question": "q1",  "answer": "a1", "tags": ["x"]}',
      '',
      '   ',
      '{"question":"q2","answer":"a2","extra":{"n":1}}',
    ];
    const { reader, records } = await readAll(tempFile('rows.jsonl', lines.join('\r\n') + '\r\n'));
    expect(reader).toMatchObject({
      format: 'jsonl',
      detected: true,
      mappable: true,
      columns: ['question', 'answer', 'tags', 'extra'],
      mapping: { request: 'question', response: 'answer' },
    });
    expect(records.map((r) => [r.row, r.key, r.sourceJson])).toEqual([
      [1, '1', lines[0]],
      [4, '4', lines[3]],
    ]);
    expect(records[0]!.item.metadata).toEqual({ tags: ['x'] });
    expect(records[1]!.item.metadata).toEqual({ extra: { n: 1 } });
  });

  it('lists the columns of the first 100 rows', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `r${i}`, [`col${i}`]: i }));
    const reader = await openImport(tempFile('wide.jsonl', rows.join('\n')));
    expect(reader.columns).toHaveLength(101);
    expect(reader.columns.at(-1)).toBe('col99');
    expect(reader.mapping).toEqual({ id: 'id' });
  });

  it('refuses a line that is not JSON, with its line and column', async () => {
    expect(await rejectionOf('bad.jsonl', '{"a":1}\n\n{"a": 2,}\n')).toMatch(
      /^bad\.jsonl, line 3, column 9: invalid JSON \(.*\): expected one JSON object per line$/,
    );
  });

  it('refuses a line that is not an object', async () => {
    expect(await rejectionOf('array.jsonl', '{"a":1}\n[1,2]\n')).toBe(
      'array.jsonl, line 2: expected a JSON object, found an array',
    );
    expect(await rejectionOf('string.jsonl', '{"a":1}\n\n"text"\n', { format: 'jsonl' })).toBe(
      'string.jsonl, line 3: expected a JSON object, found a string',
    );
  });

  it('refuses a file of blank lines', async () => {
    expect(await rejectionOf('blank.jsonl', '\n\n  \n')).toBe('blank.jsonl, line 1: no rows: the file is empty');
    // Detection is skipped when the format is given, and the reader says the same.
    expect(await rejectionOf('blank2.jsonl', '\n'.repeat(70_000), { format: 'jsonl' })).toBe(
      'blank2.jsonl, line 70001: no rows: expected at least one line holding a JSON object',
    );
  });

  it('keys rows by an id field and refuses repeats', async () => {
    const { records } = await readAll(tempFile('ids.jsonl', '{"id":7,"q":"a"}\n{"id":"x","q":"b"}\n'));
    expect(records.map((r) => r.key)).toEqual(['7', 'x']);
    expect(await rejectionOf('dup.jsonl', '{"id":7}\n{"id":8}\n{"id":"7"}\n')).toBe(
      'dup.jsonl, line 3: duplicate id "7", already used on line 1; expected each row to have its own id',
    );
    expect(await rejectionOf('objid.jsonl', '{"id":{"a":1}}\n')).toBe(
      'objid.jsonl, line 1: the id column "id" holds an object; expected a string or a number',
    );
    expect(await rejectionOf('noid.jsonl', '{"id":1}\n{"q":2}\n')).toBe(
      'noid.jsonl, line 2: no value in the id column "id"; expected every row to have an id',
    );
  });

  it('reports progress in bytes, up to the file size', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ q: `question ${i} ${'x'.repeat(900)}` }));
    const path = tempFile('progress.jsonl', rows.join('\n') + '\n');
    const reader = await openImport(path);
    const seen: number[] = [];
    let count = 0;
    for await (const _ of reader.records((bytes) => seen.push(bytes))) count++;
    expect(count).toBe(3000);
    expect(reader.totalBytes).toBe(statSync(path).size);
    expect(seen.at(-1)).toBe(reader.totalBytes);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(reader.totalBytes / 65536));
  });

  it('can stop early and read again from the start', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ q: `q${i}`, pad: 'x'.repeat(500) }));
    const reader = await openImport(tempFile('again.jsonl', rows.join('\n')));
    for await (const record of reader.records()) {
      expect(record.key).toBe('1');
      break;
    }
    let count = 0;
    for await (const _ of reader.records()) count++;
    expect(count).toBe(5000);
  });

  it('reads a file larger than one chunk with a character split across chunks', async () => {
    // Pads the first line so "é" (2 bytes) straddles the 1 MiB chunk boundary.
    const first = `{"q":"${'a'.repeat((1 << 20) - 7)}é"}`;
    const path = tempFile('straddle.jsonl', `${first}\n{"q":"ü"}\n`);
    const { records } = await readAll(path);
    expect(records.map((r) => r.item.metadata.q ?? r.item.request)).toEqual([`${'a'.repeat((1 << 20) - 7)}é`, 'ü']);
  });
});
