import { describe, expect, it } from 'vitest';
import { openImport } from '../../../electron/formats';
import { fixture, rejectionOf, tempFile } from './helpers';

const formatOf = async (path: string) => (await openImport(path)).format;

describe('format detection', () => {
  it.each([
    ['qa.csv', 'csv'],
    ['mlflow-eval_results_table.json', 'mlflow'],
    ['mlflow-eval_results-failed.json', 'mlflow'],
    ['databricks-eval_results.json', 'databricks'],
    ['databricks-eval_results-variants.json', 'databricks'],
    ['bedrock-dataset.jsonl', 'bedrock-dataset'],
    ['bedrock-eval-output.jsonl', 'bedrock-output'],
    ['bedrock-human-eval-output.jsonl', 'bedrock-output'],
    ['promptfoo-results.json', 'promptfoo'],
    ['promptfoo-results-human.json', 'promptfoo'],
  ])('detects %s as %s', async (name, format) => {
    const reader = await openImport(fixture(name));
    expect(reader.format).toBe(format);
    expect(reader.detected).toBe(true);
  });

  it('reads content, not the extension, for JSON-looking files', async () => {
    // A one-line JSONL file named .json, and a JSON array named .jsonl.
    expect(await formatOf(tempFile('one.json', '{"question":"q","answer":"a"}\n'))).toBe('jsonl');
    expect(await formatOf(tempFile('array.jsonl', ' \n[{"q":"a"}]'))).toBe('json');
    // A pretty-printed split table whose first line is not a whole object.
    const split = JSON.stringify({ columns: ['request_id', 'request'], data: [['r', 'q']] }, null, 2);
    expect(await formatOf(tempFile('pretty.json', split))).toBe('databricks');
    expect(await formatOf(tempFile('plain.json', JSON.stringify({ columns: ['q'], data: [['x']] }, null, 1)))).toBe(
      'json',
    );
    expect(await formatOf(tempFile('comma.txt', 'question,answer\nq,a\n'))).toBe('csv');
  });

  it("tells a tool's CSV export by its header in the file's own delimiter and quoting", async () => {
    const langfuse = ['"id"', '"traceId"', '"name"', '"value"', '"dataType"', '"source"', '"comment, if any"'];
    // Re-saved by a European Excel: semicolons, every cell quoted, a column name holding a comma.
    const semicolons = `${langfuse.join(';')}\n"s1";"t1";"tone";"1";"NUMERIC";"API";"ok, fine"\n`;
    expect(await formatOf(tempFile('scores.csv', semicolons))).toBe('langfuse');
    const tabs = `${langfuse.map((c) => c.replaceAll('"', '')).join('\t')}\ns1\tt1\ttone\t1\tNUMERIC\tAPI\tok\n`;
    expect(await formatOf(tempFile('scores.tsv', tabs))).toBe('langfuse');
    // A quoted name with the right words inside is one column, not the tool's header.
    expect(await formatOf(tempFile('notes.csv', '"traceId,dataType,source,name",x\n1,2\n'))).toBe('csv');
  });

  it('detects a JSONL file whose first line is longer than the sniffed head', async () => {
    const line = JSON.stringify({
      automatedEvaluationResult: { scores: [] },
      inputRecord: { prompt: 'x'.repeat(100_000) },
    });
    expect(await formatOf(tempFile('long_output.jsonl', `${line}\n`))).toBe('bedrock-output');
    const plain = JSON.stringify({ question: 'x'.repeat(100_000) });
    expect(await formatOf(tempFile('long.txt', `${plain}\n`))).toBe('jsonl');
  });

  it('honours a given format without detecting', async () => {
    const reader = await openImport(fixture('bedrock-dataset.jsonl'), { format: 'jsonl' });
    expect(reader).toMatchObject({ format: 'jsonl', detected: false, mappable: true });
    expect(reader.mapping).toEqual({ request: 'prompt', expected_response: 'referenceResponse' });
  });

  it('refuses empty and blank files', async () => {
    expect(await rejectionOf('empty.csv', '')).toBe('empty.csv, line 1: no rows: the file is empty');
    expect(await rejectionOf('blank.json', ' \n\t\n', { format: 'json' })).toBe(
      'blank.json, line 1: no rows: the file is empty',
    );
  });

  it('refuses a file whose format it cannot tell', async () => {
    expect(await rejectionOf('notes.txt', 'Dear reviewer\nplease read this\n')).toBe(
      'notes.txt, line 1: could not tell the format of notes.txt: expected CSV or TSV with a header row, JSONL, a JSON array, ' +
        'an MLflow or Databricks evaluation table, Bedrock evaluation JSONL, a promptfoo results.json, or Gavel JSONL',
    );
    expect(await rejectionOf('number.json', '42')).toMatch(
      /^number\.json, line 1: could not tell the format of number\.json: expected CSV/,
    );
  });
});
