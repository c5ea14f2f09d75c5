import { describe, expect, it } from 'vitest';
import { terms } from '../../../electron/align/keywords';
import { groupByKeywords, groupByTagsAndKeywords, groupFailures } from '../../../electron/align/themes';
import { failure } from './failure-fixtures';

const names = (themes: { theme: string; itemIds: number[] }[]) => themes.map((t) => [t.theme, t.itemIds]);

describe('terms', () => {
  it('keeps distinctive words, dropping stop words, review boilerplate, short words and numbers', () => {
    expect(terms("The answer doesn't mention the dosage of 50 mg; it's wrong.")).toEqual(['mention', 'dosage']);
    expect(terms('Overly CONFIDENT tone, confident claims')).toEqual([
      'overly',
      'confident',
      'tone',
      'confident',
      'claims',
    ]);
  });
});

describe('groupByKeywords', () => {
  it('makes a theme of the term most rationales share, then the next, and leaves the rest under "other"', () => {
    const themes = groupByKeywords([
      failure(1, 'Misses the dosage entirely.'),
      failure(2, 'No dosage given for the child.'),
      failure(3, 'The dosage is absent.'),
      failure(4, 'Rewards a confident tone over substance.'),
      failure(5, 'Confident tone hides a factual error.'),
      failure(6, 'Cites a study that does not exist.'),
      failure(7, null),
    ]);
    expect(names(themes)).toEqual([
      ['keyword: dosage', [1, 2, 3]],
      ['keyword: confident', [4, 5]],
      ['other', [6, 7]],
    ]);
    expect(themes.every((t) => t.source === 'keywords')).toBe(true);
    expect(themes.map((t) => t.itemKeys)).toEqual([
      ['k1', 'k2', 'k3'],
      ['k4', 'k5'],
      ['k6', 'k7'],
    ]);
  });

  it('breaks a tie in coverage by the higher summed tf-idf, not by the alphabet', () => {
    // "refusal" and "sarcasm" both cover items 1 and 2; "sarcasm" weighs more in item 1.
    const themes = groupByKeywords([
      failure(1, 'sarcasm sarcasm refusal'),
      failure(2, 'sarcasm refusal'),
      failure(3, 'dosage'),
    ]);
    expect(names(themes)).toEqual([
      ['keyword: sarcasm', [1, 2]],
      ['other', [3]],
    ]);
  });

  it('puts everything under "other" when no term is shared', () => {
    expect(names(groupByKeywords([failure(1, 'dosage'), failure(2, 'tone')]))).toEqual([['other', [1, 2]]]);
  });
});

describe('groupByTagsAndKeywords', () => {
  it('groups tagged failures by their most frequent tag first, named in words, then the rest by keywords', () => {
    const themes = groupByTagsAndKeywords([
      failure(1, 'dosage', ['misread_context']),
      failure(2, 'dosage', ['misread_context', 'cites_missing_evidence']),
      failure(3, 'dosage', ['cites_missing_evidence']),
      failure(4, 'dosage', ['misread_context']),
      failure(5, 'Wrong dosage for a child.'),
      failure(6, 'The dosage is missing.', ['other']),
    ]);
    expect(names(themes)).toEqual([
      ['tag: misread context', [1, 2, 4]],
      ['tag: cites missing evidence', [3]],
      ['keyword: dosage', [5, 6]],
    ]);
    expect(themes.map((t) => t.source)).toEqual(['tags', 'tags', 'keywords']);
  });
});

describe('groupFailures', () => {
  it('asks no model for no failures', async () => {
    const model = { ask: () => Promise.reject(new Error('must not be called')) };
    expect(await groupFailures([], model)).toEqual([]);
  });

  it('keeps each failure in the first theme the model names it in, drops unknown ids, and puts the rest under "other"', async () => {
    const asked: string[] = [];
    const model = {
      ask: async (request: { user: string }) => {
        asked.push(request.user);
        return JSON.stringify({
          themes: [
            { theme: 'ignores missing dosage', failure_ids: [1, 3, 99, 0, -4, 3] },
            { theme: 'rewards confident tone', failure_ids: [3, 2] },
            { theme: 'made up', failure_ids: [42] },
          ],
        });
      },
    };
    const themes = await groupFailures([failure(10, 'a'), failure(20, 'b'), failure(30, 'c'), failure(40, 'd')], model);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/Failure 4\nRequest: Request 40/);
    expect(names(themes)).toEqual([
      ['ignores missing dosage', [10, 30]],
      ['rewards confident tone', [20]],
      ['other', [40]],
    ]);
    expect(themes.every((t) => t.source === 'model')).toBe(true);
  });
});
