import { describe, expect, it } from 'vitest';
import { parseGuidelineReply, parseThemeReply } from '../../../electron/align/model-replies';

describe('parseThemeReply', () => {
  it('reads themes as 0-based failure indexes, in a Markdown fence too', () => {
    const reply = '```json\n{"themes": [{"theme": "  ignores\\n dosage ", "failure_ids": [2, 1]}]}\n```';
    expect(parseThemeReply(reply, 2)).toEqual([{ theme: 'ignores dosage', failures: [1, 0] }]);
  });

  it('drops ids it did not ask about, repeats, and themes left empty', () => {
    const reply = JSON.stringify({
      themes: [
        { theme: 'a', failure_ids: [1, 1, 7] },
        { theme: 'b', failure_ids: [1] },
        { theme: 'c', failure_ids: [2] },
      ],
      note: 'extra fields are ignored',
    });
    expect(parseThemeReply(reply, 2)).toEqual([
      { theme: 'a', failures: [0] },
      { theme: 'c', failures: [1] },
    ]);
  });

  it.each([
    ['prose', 'Here are the themes: tone and dosage.', /not JSON \(it starts "Here are the themes/],
    ['truncated JSON', '{"themes": [{"theme": "tone", "failure_i', /not JSON/],
    ['a wrong shape', '{"groups": []}', /not of the asked shape: .*themes/s],
    ['ids as text', '{"themes": [{"theme": "tone", "failure_ids": ["1"]}]}', /failure_ids/],
    ['fractional ids', '{"themes": [{"theme": "tone", "failure_ids": [1.5]}]}', /failure_ids/],
    ['an empty name', '{"themes": [{"theme": "   ", "failure_ids": [1]}]}', /theme/],
    ['a huge name', JSON.stringify({ themes: [{ theme: 'x'.repeat(5000), failure_ids: [1] }] }), /theme/],
    ['an object for a name', '{"themes": [{"theme": {"$gt": ""}, "failure_ids": [1]}]}', /theme/],
    [
      'too many themes',
      JSON.stringify({ themes: Array.from({ length: 5000 }, () => ({ theme: 't', failure_ids: [] })) }),
      /themes/,
    ],
    ['null', 'null', /not of the asked shape/],
  ])('refuses %s with a plain reason saying nothing was stored', (_what, reply, reason) => {
    expect(() => parseThemeReply(reply, 3)).toThrow(reason);
    expect(() => parseThemeReply(reply, 3)).toThrow(/Nothing was stored\.$/);
  });
});

describe('parseGuidelineReply', () => {
  it('maps theme numbers to one-line guidelines, first one winning, unknown themes dropped', () => {
    const reply = JSON.stringify({
      guidelines: [
        { theme_id: 2, guideline: 'Fail an answer\nwithout a dosage.' },
        { theme_id: 2, guideline: 'Ignored second wording.' },
        { theme_id: 9, guideline: 'No such theme.' },
      ],
    });
    expect([...parseGuidelineReply(reply, 2)]).toEqual([[1, 'Fail an answer without a dosage.']]);
  });

  it('refuses a guideline that is not text or is empty', () => {
    expect(() => parseGuidelineReply('{"guidelines": [{"theme_id": 1, "guideline": 3}]}', 1)).toThrow(
      /guideline prompt is not of the asked shape/,
    );
    expect(() => parseGuidelineReply('{"guidelines": [{"theme_id": 1, "guideline": ""}]}', 1)).toThrow(/guideline/);
  });
});
