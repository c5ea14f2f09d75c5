// Every offline scorer against values worked out by hand or documented by the packages they use.
import { describe, expect, it } from 'vitest';
import type { ItemFields } from '../../../shared/domain';
import { scoreHeuristic } from '../../../electron/providers/heuristic';
import { normalizeAnswer } from '../../../electron/providers/heuristic/normalize';
import { textCounts } from '../../../electron/providers/heuristic/readability';

function item(fields: Partial<ItemFields>): ItemFields {
  return {
    request: null,
    response: null,
    expected_response: null,
    expected_facts: null,
    guidelines: null,
    retrieved_context: null,
    metadata: {},
    ...fields,
  };
}

const PLATYPUS = 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.';

// automated-readability's documented example: 6 sentences, 151 words, 623 characters.
const PROSE = `The rule of rhythm in prose is not so intricate. Here,
too, we write in groups, or phrases, as I prefer to call
them, for the prose phrase is greatly longer and is much
more nonchalantly uttered than the group in verse; so
that not only is there a greater interval of continuous
sound between the pauses, but, for that very reason,
word is linked more readily to word by a more summary
enunciation. Still, the phrase is the strict analogue
of the group, and successive phrases, like successive
groups, must differ openly in length and rhythm. The
rule of scansion in verse is to suggest no measure but
the one in hand; in prose, to suggest no measure at all.
Prose must be rhythmical, and it may be as much so as
you will; but it must not be metrical. It may be
anything, but it must not be verse.`;

describe('normalization', () => {
  it('lowercases and drops punctuation, articles and extra whitespace as SQuAD does', () => {
    expect(normalizeAnswer('  The  Eiffel-Tower, in an instant!  ')).toBe('eiffeltower in instant');
  });
});

describe('exact_match', () => {
  it('compares normalized answers', () => {
    expect(
      scoreHeuristic('exact_match', item({ response: 'The Eiffel Tower!', expected_response: 'eiffel tower' })),
    ).toMatchObject({ status: 'done', score: 1, pass: true });
    const miss = scoreHeuristic('exact_match', item({ response: 'Paris', expected_response: 'London' }));
    expect(miss).toMatchObject({ score: 0, pass: false });
    expect(miss.justification).toContain('“paris” differs from the expected “london”');
  });
});

describe('token_f1', () => {
  it('scores "the cat sat" against "cat sat down" as 0.8', () => {
    // Normalized: [cat, sat] vs [cat, sat, down]; 2 common: precision 2/2, recall 2/3, F1 = 0.8.
    const result = scoreHeuristic('token_f1', item({ response: 'the cat sat', expected_response: 'cat sat down' }));
    expect(result.score).toBeCloseTo(0.8, 10);
    expect(result.pass).toBeNull();
    expect(result.justification).toBe(
      'token F1 0.80: 2 of 3 expected tokens found; 2 of 2 response tokens are expected.',
    );
  });

  it('counts repeated tokens once per occurrence in the expected answer', () => {
    // [cat, cat, cat] vs [cat]: 1 common, precision 1/3, recall 1, F1 = 0.5.
    const result = scoreHeuristic('token_f1', item({ response: 'cat cat cat', expected_response: 'cat' }), {
      threshold: 0.5,
    });
    expect(result).toMatchObject({ score: 0.5, pass: true });
  });

  it('passes at the threshold option', () => {
    const fields = item({ response: 'the cat sat', expected_response: 'cat sat down' });
    expect(scoreHeuristic('token_f1', fields, { threshold: 0.9 }).pass).toBe(false);
    expect(scoreHeuristic('token_f1', fields, { threshold: 0.75 }).pass).toBe(true);
  });

  it('is an error, not a 0, without an expected response', () => {
    const result = scoreHeuristic('token_f1', item({ response: 'cat' }));
    expect(result).toMatchObject({ status: 'error', score: null, pass: null });
    expect(result.error).toBe('token_f1: Missing field expected_response: this scorer needs it.');
  });

  it('is an error for an option that is not a number', () => {
    const result = scoreHeuristic('token_f1', item({ response: 'a', expected_response: 'b' }), { threshold: 'high' });
    expect(result.error).toContain('Option threshold must be a number');
  });
});

describe('rouge_l', () => {
  it("matches js-rouge's documented example (LCS 3 of 4 and 4 tokens: 0.75)", () => {
    const result = scoreHeuristic(
      'rouge_l',
      item({ response: 'police kill the gunman', expected_response: 'police killed the gunman' }),
    );
    expect(result.score).toBeCloseTo(0.75, 10);
  });

  it('uses the longest common subsequence over the whole text', () => {
    // LCS of [the quick brown fox] and [the brown fox jumps over] is [the brown fox]: P 3/4, R 3/5,
    // F1 = 2 · 0.75 · 0.6 / 1.35 = 2/3.
    const result = scoreHeuristic(
      'rouge_l',
      item({ response: 'The quick brown fox.', expected_response: 'the brown fox jumps over' }),
      { threshold: 0.6 },
    );
    expect(result.score).toBeCloseTo(2 / 3, 10);
    expect(result.pass).toBe(true);
    expect(result.justification).toBe(
      'ROUGE-L F1 0.67: longest common subsequence of 3 tokens; 4 response tokens, 5 expected tokens.',
    );
  });

  it('scores 0 when nothing is shared, and errors without a reference', () => {
    expect(scoreHeuristic('rouge_l', item({ response: 'yes', expected_response: 'no' })).score).toBe(0);
    expect(scoreHeuristic('rouge_l', item({ response: 'yes' })).status).toBe('error');
  });
});

describe('facts_coverage', () => {
  const facts = ['Paris is the capital', 'population over 2 million', 'on the Seine'];

  it('counts facts whose normalized tokens all appear in the response', () => {
    const result = scoreHeuristic(
      'facts_coverage',
      item({ response: 'Paris is the capital of France and lies on the Seine.', expected_facts: facts }),
      { threshold: 0.5 },
    );
    expect(result.score).toBeCloseTo(2 / 3, 10);
    expect(result.pass).toBe(true);
    expect(result.justification).toBe(
      'facts coverage 0.67: 2 of 3 expected facts found; missing: “population over 2 million”.',
    );
  });

  it('is an error without facts', () => {
    expect(scoreHeuristic('facts_coverage', item({ response: 'x' })).error).toContain('Missing field expected_facts');
    expect(scoreHeuristic('facts_coverage', item({ response: 'x', expected_facts: [] })).error).toContain('empty');
  });
});

describe('contains', () => {
  it('ignores case unless asked not to', () => {
    const fields = item({ response: 'Answer: PARIS' });
    expect(scoreHeuristic('contains', fields, { text: 'paris' })).toMatchObject({ score: 1, pass: true });
    expect(scoreHeuristic('contains', fields, { text: 'paris', caseSensitive: true })).toMatchObject({
      score: 0,
      pass: false,
      justification: 'The response does not contain “paris”.',
    });
  });

  it('needs its text option', () => {
    expect(scoreHeuristic('contains', item({ response: 'x' })).error).toBe('contains: Option text is required.');
  });
});

describe('regex', () => {
  it('reports where the pattern matched', () => {
    const result = scoreHeuristic('regex', item({ response: 'Score: 4/5' }), { pattern: '\\d/\\d' });
    expect(result).toMatchObject({ score: 1, pass: true, justification: '/\\d/\\d/ matched “4/5” at character 7.' });
    expect(scoreHeuristic('regex', item({ response: 'none' }), { pattern: 'x', flags: 'i' }).score).toBe(0);
  });

  it('names an invalid pattern in an error verdict', () => {
    const result = scoreHeuristic('regex', item({ response: 'x' }), { pattern: '(unclosed' });
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/^regex: Invalid regex pattern \/\(unclosed\/: /);
  });
});

describe('length', () => {
  it('counts words by default and passes within bounds', () => {
    const result = scoreHeuristic('length', item({ response: ' one two  three ' }), { min: 1, max: 2 });
    expect(result).toMatchObject({ score: 3, pass: false, justification: '3 words (allowed: 1 to 2).' });
  });

  it('counts characters as code points', () => {
    expect(scoreHeuristic('length', item({ response: 'héllo 👋' }), { unit: 'chars', max: 10 })).toMatchObject({
      score: 7,
      pass: true,
    });
    expect(scoreHeuristic('length', item({ response: 'x' }), { unit: 'lines' }).status).toBe('error');
  });
});

describe('readability', () => {
  it("counts flesch-kincaid's documented example as 1 sentence, 13 words, 26 syllables", () => {
    expect(textCounts(PLATYPUS)).toMatchObject({ sentence: 1, word: 13, syllable: 26 });
    const result = scoreHeuristic('flesch_kincaid_grade', item({ response: PLATYPUS }), { max: 12 });
    // 0.39 · 13 + 11.8 · 26/13 − 15.59 = 13.08, the package's documented result.
    expect(result.score).toBeCloseTo(13.08, 10);
    expect(result.pass).toBe(false);
    expect(result.justification).toBe(
      'Flesch-Kincaid grade 13.08 (allowed: at most 12): 1 sentence(s), 13 words, 26 syllables.',
    );
  });

  it("counts automated-readability's documented example as 6 sentences, 151 words, 623 characters", () => {
    expect(textCounts(PROSE)).toMatchObject({ sentence: 6, word: 151, character: 623 });
    expect(scoreHeuristic('ari', item({ response: PROSE })).score).toBeCloseTo(10.585982, 5);
  });

  it('does not end a sentence inside a number', () => {
    expect(textCounts('Pi is 3.14 roughly. Yes!').sentence).toBe(2);
  });

  it('is an error for a response without words', () => {
    expect(scoreHeuristic('ari', item({ response: '…' })).error).toBe('ari: The response has no words to measure.');
    expect(scoreHeuristic('ari', item({})).error).toContain('Missing field response');
  });
});
