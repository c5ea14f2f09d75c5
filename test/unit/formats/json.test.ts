import { describe, expect, it } from 'vitest';
import { readAll, rejectionOf, tempFile } from './helpers';

describe('JSON import', () => {
  it('reads an array of objects, pretty-printed or not', async () => {
    const rows = [
      { item_id: 'a', input: 'q1', output: 'a1', context: ['c1', 'c2'] },
      { item_id: 'b', input: 'q2', output: 'a2', score: 3 },
    ];
    const { reader, records } = await readAll(tempFile('rows.json', JSON.stringify(rows, null, 2)));
    expect(reader).toMatchObject({
      format: 'json',
      mappable: true,
      columns: ['item_id', 'input', 'output', 'context', 'score'],
      mapping: {
        id: 'item_id',
        request: 'input',
        response: 'output',
        retrieved_context: 'context',
      },
    });
    expect(records.map((r) => [r.row, r.key])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(records[0]!.item.retrieved_context).toEqual([
      { doc_uri: null, content: 'c1' },
      { doc_uri: null, content: 'c2' },
    ]);
    expect(records[1]!.item.metadata).toEqual({ score: 3 });
    expect(JSON.parse(records[1]!.sourceJson)).toEqual(rows[1]);
  });

  it('reads a plain pandas "split" table as a mappable table', async () => {
    const split = {
      columns: ['query', 'prediction', 'n'],
      index: [0, 1],
      data: [
        ['q1', 'a1', 1],
        ['q2', 'a2', 2],
      ],
    };
    const { reader, records } = await readAll(tempFile('split.json', JSON.stringify(split)));
    expect(reader).toMatchObject({
      format: 'json',
      mappable: true,
      columns: ['query', 'prediction', 'n'],
    });
    expect(reader.mapping).toEqual({ request: 'query', response: 'prediction' });
    expect(records.map((r) => [r.item.request, r.item.response, r.item.metadata])).toEqual([
      ['q1', 'a1', { n: 1 }],
      ['q2', 'a2', { n: 2 }],
    ]);
    expect(records[0]!.sourceJson).toBe('{"query":"q1","prediction":"a1","n":1}');
  });

  it('refuses truncated JSON with the line and column where it ends', async () => {
    expect(await rejectionOf('cut.json', '[\n  {"q": "a"},\n  {"q": "b"')).toBe(
      "cut.json, line 3, column 12: the JSON ends too early (is the file truncated?): expected ','",
    );
    expect(await rejectionOf('cut2.json', '[{"q": "a"}, {"q": ')).toBe(
      'cut2.json, line 1, column 20: the JSON ends too early (is the file truncated?): expected a value',
    );
  });

  it('refuses invalid JSON and trailing text with line and column', async () => {
    expect(await rejectionOf('bad.json', '[\n  {"q": "a"}\n  {"q": "b"}\n]')).toBe(
      "bad.json, line 3, column 3: invalid JSON: expected ','",
    );
    expect(await rejectionOf('tail.json', '[{"q": "a"}]\nmore')).toBe(
      'tail.json, line 2, column 1: invalid JSON: expected the end of the file after the top-level value',
    );
  });

  it('refuses an element that is not an object, naming the row', async () => {
    expect(await rejectionOf('mixed.json', '[{"q": "a"}, {"q": "b"}, "c"]')).toBe(
      'mixed.json, row 3: expected a JSON object, found a string',
    );
  });

  it('refuses split rows of the wrong length, naming the row', async () => {
    const split = {
      columns: ['a', 'b', 'c'],
      data: [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2],
      ],
    };
    expect(await rejectionOf('eval_results.json', JSON.stringify(split))).toBe(
      'eval_results.json, row 3: expected 3 values as in "columns", found 2',
    );
    const notList = { columns: ['a'], data: [[1], { a: 1 }] };
    expect(await rejectionOf('rows.json', JSON.stringify(notList))).toBe(
      'rows.json, row 2: expected 1 values as in "columns", found an object',
    );
  });

  it('refuses split tables without columns first, naming the line', async () => {
    expect(
      await rejectionOf('order.json', '{\n"data": [\n  [1]\n],\n"columns": ["a"]\n}', {
        format: 'json',
      }),
    ).toBe('order.json, line 3: expected "columns" before "data"');
    expect(await rejectionOf('cols.json', '{\n  "columns": "a,b",\n  "data": []\n}', { format: 'json' })).toBe(
      'cols.json, line 2: expected "columns" to be a list of column names, found a string',
    );
  });

  it('refuses a JSON object that is neither a table nor a known results file', async () => {
    expect(await rejectionOf('config.json', '{\n  "name": "x",\n  "items": [1, 2]\n}')).toBe(
      'config.json, line 1: expected a "columns" list (pandas "split" layout)',
    );
    expect(await rejectionOf('scalar.json', '"just text"', { format: 'json' })).toBe(
      'scalar.json, line 1: expected a JSON array of row objects, or a pandas "split" table {"columns", "data"}',
    );
  });

  it('refuses empty arrays and tables', async () => {
    expect(await rejectionOf('empty.json', '[ ]')).toBe('empty.json, row 1: no rows: the array is empty');
    expect(await rejectionOf('nodata.json', '{"columns": ["a"], "data": []}')).toBe(
      'nodata.json, row 1: no rows: "data" is empty',
    );
  });
});
