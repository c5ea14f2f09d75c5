import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejection, rejectionOf, tempFile } from './helpers';

describe('CSV import', () => {
  it('reads qa.csv with the suggested mapping', async () => {
    const { reader, records } = await readAll(fixture('qa.csv'));
    expect(reader).toMatchObject({
      fileName: 'qa.csv',
      format: 'csv',
      detected: true,
      mappable: true,
      columns: ['question', 'answer', 'expected_answer', 'context'],
      mapping: {
        request: 'question',
        response: 'answer',
        expected_response: 'expected_answer',
        retrieved_context: 'context',
      },
    });
    expect(records.map((r) => r.key)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(records[0]).toEqual({
      row: 1,
      key: '1',
      item: {
        request: 'What is MLflow?',
        response:
          'MLflow is an open-source platform for managing the machine learning lifecycle: tracking, packaging, registry and deployment.',
        expected_response: 'MLflow is an open-source platform for the end-to-end ML lifecycle.',
        expected_facts: null,
        guidelines: null,
        retrieved_context: [
          {
            doc_uri: null,
            content: 'MLflow is an open source platform for the complete machine learning lifecycle.',
          },
        ],
        metadata: {},
      },
      sourceJson: JSON.stringify({
        question: 'What is MLflow?',
        answer:
          'MLflow is an open-source platform for managing the machine learning lifecycle: tracking, packaging, registry and deployment.',
        expected_answer: 'MLflow is an open-source platform for the end-to-end ML lifecycle.',
        context: 'MLflow is an open source platform for the complete machine learning lifecycle.',
      }),
      verdicts: [],
      labels: [],
      answers: [],
    });
    expect(records[5]!.item).toMatchObject({
      request: 'What is the capital of Australia?',
      response: 'Sydney is the capital of Australia.',
      expected_response: 'Canberra.',
    });
  });

  it('handles quoted commas, doubled quotes and line breaks, keeping line numbers right', async () => {
    const path = tempFile(
      'edge.csv',
      [
        'id,question,answer',
        'a,"Hello, world","She said ""hi"""',
        'b,"first line',
        'second line',
        'third line",plain',
        'c,q3,"x',
        'y"',
        'd,q4,"a""b',
      ].join('\n'),
    );
    const message = (await rejection(path)).message;
    // The quote opened on line 8 (after two multi-line records) is never closed.
    expect(message).toBe('edge.csv, line 8: unbalanced quote: a quoted field opened on line 8 is never closed');

    const lines = [
      'id,question,answer',
      'a,"Hello, world","She said ""hi"""',
      'b,"first line',
      'second line',
      'third line",plain',
      'c,q3,q4',
    ];
    const short = tempFile('short.csv', [...lines, 'd,q4'].join('\n'));
    expect((await rejection(short)).message).toBe('short.csv, line 7: expected 3 fields as in the header, found 2');

    const { records } = await readAll(tempFile('quoted.csv', lines.join('\n')));
    expect(records.map((r) => [r.key, r.item.request, r.item.response])).toEqual([
      ['a', 'Hello, world', 'She said "hi"'],
      ['b', 'first line\nsecond line\nthird line', 'plain'],
      ['c', 'q3', 'q4'],
    ]);
  });

  it('reads a BOM and CRLF line endings, and mixed endings', async () => {
    const crlf = '\uFEFFquestion,answer\r\n"multi\r\nline",yes\r\nq2,no\r\n';
    const { reader, records } = await readAll(tempFile('bom.csv', crlf));
    expect(reader.columns).toEqual(['question', 'answer']);
    // Line breaks inside quoted values come out as \n.
    expect(records.map((r) => [r.item.request, r.item.response])).toEqual([
      ['multi\nline', 'yes'],
      ['q2', 'no'],
    ]);
    const mixed = tempFile('mixed.csv', 'question,answer\nq1,a1\r\nq2,a2\n\r\nq3,"a3\r\nx",extra\r\n');
    expect((await rejection(mixed)).message).toBe('mixed.csv, line 5: expected 2 fields as in the header, found 3');
  });

  it('skips blank lines, counting them in line numbers', async () => {
    const path = tempFile('blank.csv', 'question,answer\n\nq1,a1\n\n\nq2\n');
    expect((await rejection(path)).message).toBe('blank.csv, line 6: expected 2 fields as in the header, found 1');
  });

  it('reads TSV files', async () => {
    const { reader, records } = await readAll(tempFile('qa.tsv', 'question\tanswer\nq, with comma\ta\n'));
    expect(reader.format).toBe('csv');
    expect(records[0]!.item).toMatchObject({ request: 'q, with comma', response: 'a' });
    // Tabs without commas in the header make a .txt file TSV too.
    const { records: txt } = await readAll(tempFile('qa.txt', 'question\tanswer\nq1\ta1\n'));
    expect(txt[0]!.item).toMatchObject({ request: 'q1', response: 'a1' });
  });

  it('names empty header cells and refuses repeated ones', async () => {
    const { reader, records } = await readAll(tempFile('index.csv', ',question,answer\n0,q1,a1\n'));
    expect(reader.columns).toEqual(['column_1', 'question', 'answer']);
    expect(records[0]!.item.metadata).toEqual({ column_1: '0' });
    expect(await rejectionOf('twice.csv', 'question,answer,question\nq,a,q\n')).toBe(
      'twice.csv, line 1: column "question" appears twice (columns 1 and 3); expected unique column names',
    );
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', async () => {
    expect(await rejectionOf('q1.csv', 'question,answer\nq1,a1\nq2,say "hi"\n')).toMatch(
      /^q1\.csv, line 3: a quote inside an unquoted field: expected/,
    );
    expect(await rejectionOf('q2.csv', 'question,answer\n"q1"x,a1\n')).toMatch(
      /^q2\.csv, line 2: text right after a closing quote: expected a delimiter/,
    );
  });

  it('refuses a header with no rows', async () => {
    expect(await rejectionOf('header.csv', 'question,answer\n')).toBe(
      'header.csv, line 2: no rows: the file has a header but no data rows',
    );
  });

  it('parses JSON and plain-text facts, context and metadata cells', async () => {
    const csv = [
      'key,prompt,expected_facts,contexts,guidelines,metadata,extra',
      `k1,q1,"[""fact one"",""fact two""]","[{""doc_uri"":""a.md"",""content"":""alpha""},""beta""]","Be brief.\nCite sources.","{""team"":""search"",""extra"":""from metadata""}",x`,
      'k2,q2,single fact,plain context,,,',
    ].join('\n');
    const { reader, records } = await readAll(tempFile('cells.csv', csv));
    expect(reader.mapping).toEqual({
      id: 'key',
      request: 'prompt',
      expected_facts: 'expected_facts',
      retrieved_context: 'contexts',
      guidelines: 'guidelines',
      metadata: 'metadata',
    });
    expect(records[0]).toMatchObject({
      key: 'k1',
      item: {
        expected_facts: ['fact one', 'fact two'],
        retrieved_context: [
          { doc_uri: 'a.md', content: 'alpha' },
          { doc_uri: null, content: 'beta' },
        ],
        guidelines: ['Be brief.', 'Cite sources.'],
        // Named columns win over keys of the metadata column.
        metadata: { team: 'search', extra: 'x' },
      },
    });
    expect(records[1]).toMatchObject({
      key: 'k2',
      item: {
        expected_facts: ['single fact'],
        retrieved_context: [{ doc_uri: null, content: 'plain context' }],
        guidelines: null,
        metadata: { extra: '' },
      },
    });
  });

  it('uses a given mapping, and keys rows by its id column', async () => {
    const path = tempFile('mapped.csv', 'ref,q,a\nr1,q1,a1\nr2,q2,a2\n');
    const { reader, records } = await readAll(path, {
      mapping: { id: 'ref', request: 'q', response: 'a' },
    });
    expect(reader.mapping).toEqual({ id: 'ref', request: 'q', response: 'a' });
    expect(records.map((r) => [r.key, r.item.request, r.item.response])).toEqual([
      ['r1', 'q1', 'a1'],
      ['r2', 'q2', 'a2'],
    ]);
    const e = await rejection(path, { mapping: { request: 'question' } });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('Column "question" (mapped to request) is not in mapped.csv; its columns are: ref, q, a');
  });

  it('refuses empty and repeated ids, naming the rows', async () => {
    expect(await rejectionOf('ids.csv', 'id,question\nx1,q1\nx2,q2\n\nx1,q3\n')).toBe(
      'ids.csv, line 5: duplicate id "x1", already used on line 2; expected each row to have its own id',
    );
    expect(await rejectionOf('noid.csv', 'id,question\nx1,q1\n,q2\n')).toBe(
      'noid.csv, line 3: no value in the id column "id"; expected every row to have an id',
    );
  });

  it('names the upload by the given file name', async () => {
    const path = tempFile('upload-1234.tmp', 'question,answer\n"never closed\n');
    expect((await rejection(path, { format: 'csv', fileName: 'my data.csv' })).message).toBe(
      'my data.csv, line 2: unbalanced quote: a quoted field opened on line 2 is never closed',
    );
  });
});
