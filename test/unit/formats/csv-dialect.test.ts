import { describe, expect, it } from 'vitest';
import { readAll, tempFile } from './helpers';

const BOM = '\uFEFF';

describe('CSV dialects', () => {
  it('reads a ;-separated file as Excel writes it in Europe, with its BOM and CRLF', async () => {
    const path = tempFile(
      'excel-eu.csv',
      BOM + 'question;answer;topic\r\nQ1;"A, with a comma";maths\r\nQ2;A2;"two\r\nlines"\r\n',
    );
    const { reader, records } = await readAll(path);
    expect(reader.format).toBe('csv');
    expect(reader.columns).toEqual(['question', 'answer', 'topic']);
    expect(records.map((r) => [r.item.request, r.item.response, r.item.metadata.topic])).toEqual([
      ['Q1', 'A, with a comma', 'maths'],
      ['Q2', 'A2', 'two\nlines'],
    ]);
  });

  it('reads decimal commas in score columns of a ;-separated file', async () => {
    const path = tempFile(
      'decimal-comma.csv',
      BOM + 'question;answer;quality_score;quality_reason\nQ1;A1;4,5;"good; mostly"\nQ2;A2;2;poor\nQ3;A3;;\n',
    );
    const { records } = await readAll(path);
    expect(records.map((r) => r.verdicts.map((v) => [v.score, v.justification]))).toEqual([
      [[4.5, 'good; mostly']],
      [[2, 'poor']],
      [],
    ]);
    expect(records[0]!.verdicts[0]!.judge.outputType).toEqual({ kind: 'scale', min: 1, max: 5, passThreshold: null });
  });

  it('keeps a comma as text, not a decimal mark, when the delimiter is not ;', async () => {
    const path = tempFile('comma-text.tsv', 'question\tanswer\tquality_score\tquality_reason\nQ1\tA1\t4,5\tx\n');
    const { records } = await readAll(path);
    // "4,5" is not a number here, so quality_score is not a score column: both stay metadata.
    expect(records[0]!.verdicts).toEqual([]);
    expect(records[0]!.item.metadata).toEqual({ quality_score: '4,5', quality_reason: 'x' });
  });

  it('sniffs tab and | delimiters from the header, with or without a .csv name', async () => {
    for (const [name, sep] of [
      ['tabs.csv', '\t'],
      ['pipes.csv', '|'],
      ['pipes.txt', '|'],
      ['semis.txt', ';'],
    ] as const) {
      const path = tempFile(
        name,
        ['question', 'answer', 'note, with comma'].join(sep) + '\n' + ['Q', 'A', 'n'].join(sep) + '\n',
      );
      const { reader, records } = await readAll(path);
      expect(reader.format, name).toBe('csv');
      expect(reader.columns, name).toEqual(['question', 'answer', 'note, with comma']);
      expect(records[0]!.item.response, name).toBe('A');
    }
  });
});
