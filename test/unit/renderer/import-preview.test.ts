import { describe, expect, it } from 'vitest';
import { answerBy, answerModels } from '../../../renderer/src/views/import/preview-answers';
import type { PreviewRow } from '../../../shared/contract';

const row = (key: string, answers: PreviewRow['answers']): PreviewRow => ({
  row: Number(key),
  key,
  item: {
    request: `q${key}`,
    response: answers[0]?.response ?? null,
    expected_response: null,
    expected_facts: null,
    guidelines: null,
    retrieved_context: null,
    metadata: {},
  },
  verdicts: 0,
  labels: 0,
  answers,
});

describe('import preview answer columns', () => {
  it('has a column per answering model, in first-seen order, and none for one-answer files', () => {
    const rows = [
      row('1', [{ model: 'response', response: 'a1' }]),
      row('2', [
        { model: 'response', response: 'a2' },
        { model: 'response_b', response: 'b2' },
      ]),
    ];
    expect(answerModels(rows)).toEqual(['response', 'response_b']);
    expect(answerModels([row('1', [])])).toEqual([]);
  });

  it('leaves the cell of a model that did not answer the row empty', () => {
    const answered = row('1', [{ model: 'response', response: 'a1' }]);
    expect(answerBy(answered, 'response')).toBe('a1');
    expect(answerBy(answered, 'response_b')).toBeNull();
  });
});
