import { describe, expect, it } from 'vitest';
import { chosenMapping, suggestMapping } from '../../../electron/formats';
import { toContext, toFacts, toGuidelines, toText } from '../../../electron/formats/item-values';
import { RowMapper } from '../../../electron/formats/mapping';

describe('suggestMapping', () => {
  it('recognises common names, ignoring case', () => {
    expect(
      suggestMapping([
        'Request_ID',
        'Question',
        'PREDICTION',
        'referenceResponse',
        'Facts',
        'guidelines',
        'contexts',
        'Metadata',
      ]),
    ).toEqual({
      id: 'Request_ID',
      request: 'Question',
      response: 'PREDICTION',
      expected_response: 'referenceResponse',
      expected_facts: 'Facts',
      guidelines: 'guidelines',
      retrieved_context: 'contexts',
      metadata: 'Metadata',
    });
  });

  it('gives each field its first matching column, and leaves the rest unmapped', () => {
    expect(suggestMapping(['prompt', 'inputs', 'answer', 'output', 'notes'])).toEqual({
      request: 'prompt',
      response: 'answer',
    });
    expect(suggestMapping(['target', 'ground_truth', 'key', 'id'])).toEqual({
      expected_response: 'target',
      id: 'key',
    });
    expect(suggestMapping([])).toEqual({});
  });
});

describe('item values', () => {
  it('keeps text as text and other values as JSON', () => {
    expect(toText('a')).toBe('a');
    expect(toText(3)).toBe('3');
    expect(toText(null)).toBeNull();
    expect(toText([{ role: 'user', content: 'hi' }])).toBe('[{"role":"user","content":"hi"}]');
  });

  it('reads facts from lists, JSON text and lines', () => {
    expect(toFacts(['a', 2, null, ''])).toEqual(['a', '2']);
    expect(toFacts('["a","b"]')).toEqual(['a', 'b']);
    expect(toFacts(' one\n\n two \r\nthree')).toEqual(['one', 'two', 'three']);
    expect(toFacts('')).toBeNull();
  });

  it('reads context chunks in the shapes tools write', () => {
    expect(
      toContext([
        { doc_uri: 'a', content: 'A' },
        { page_content: 'B', metadata: { source: 'b.pdf' } },
        'C',
        { title: 'no content' },
      ]),
    ).toEqual([
      { doc_uri: 'a', content: 'A' },
      { doc_uri: 'b.pdf', content: 'B' },
      { doc_uri: null, content: 'C' },
      { doc_uri: null, content: '{"title":"no content"}' },
    ]);
    expect(toContext('{"content":"one chunk"}')).toEqual([{ doc_uri: null, content: 'one chunk' }]);
    expect(toContext('[not json')).toEqual([{ doc_uri: null, content: '[not json' }]);
    expect(toContext('  ')).toBeNull();
  });

  it('reads guidelines as a list or named lists', () => {
    expect(toGuidelines('Be brief.\nBe kind.')).toEqual(['Be brief.', 'Be kind.']);
    expect(toGuidelines({ tone: 'Be kind.', facts: ['Cite.'] })).toEqual({
      tone: ['Be kind.'],
      facts: ['Cite.'],
    });
    expect(toGuidelines('{"tone":["Be kind."]}')).toEqual({ tone: ['Be kind.'] });
  });
});

describe('RowMapper', () => {
  it('fills mapped fields, keeps verdict columns out of metadata and spreads the metadata column', () => {
    const mapper = new RowMapper(
      { id: 'id', request: 'q', metadata: 'meta' },
      { isVerdictColumn: (c) => c.endsWith('/score') },
    );
    const fields = JSON.parse('{"id":"x","q":"hello","meta":{"a":1,"b":2},"b":3,"m/score":4,"__proto__":{"p":1}}');
    const { id, item } = mapper.map(fields);
    expect(id).toBe('x');
    expect(item.request).toBe('hello');
    expect(item.metadata).toEqual({ a: 1, b: 3, ['__proto__']: { p: 1 } });
    expect(Object.getPrototypeOf(item.metadata)).toBe(Object.prototype);
  });

  it('turns blank CSV cells of mapped fields into null', () => {
    const mapper = new RowMapper({ request: 'q', response: 'a' }, { blankIsNull: true });
    expect(mapper.map({ q: '', a: 'x', note: '' }).item).toMatchObject({
      request: null,
      response: 'x',
      metadata: { note: '' },
    });
  });
});

describe('chosenMapping', () => {
  const columns = ['ticket', 'question', 'answer', 'expected_answer', 'context'];

  it('keeps what detection found for every field the user did not name', () => {
    expect(chosenMapping(columns, { id: 'ticket' })).toEqual({
      id: 'ticket',
      request: 'question',
      response: 'answer',
      expected_response: 'expected_answer',
      retrieved_context: 'context',
    });
  });

  it('moves a column the user gives another field, and leaves a field chosen as null unmapped', () => {
    expect(chosenMapping(columns, { expected_response: 'answer', retrieved_context: null })).toEqual({
      request: 'question',
      expected_response: 'answer',
    });
  });

  it('is the suggestion when nothing is chosen', () => {
    expect(chosenMapping(columns)).toEqual(suggestMapping(columns));
  });
});
