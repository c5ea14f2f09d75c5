import { describe, expect, it } from 'vitest';
import { proposeGuidelines, representativeRationale } from '../../../electron/align/proposals';
import type { ThemeDraft } from '../../../electron/align/themes';
import { failure } from './failure-fixtures';

const theme = (name: string, itemIds: number[]): ThemeDraft => ({
  theme: name,
  itemIds,
  itemKeys: itemIds.map((id) => `k${id}`),
  source: 'keywords',
});

describe('representativeRationale', () => {
  it('picks the rationale sharing the most terms with the others', () => {
    expect(
      representativeRationale([
        'No dosage.',
        'The dosage for a child is missing and the frequency too.',
        'Missing child dosage.',
        'Frequency missing.',
      ]),
    ).toBe('The dosage for a child is missing and the frequency too.');
    expect(representativeRationale([])).toBeNull();
  });
});

describe('proposeGuidelines', () => {
  const failures = [
    failure(1, 'The dosage for a child is missing.'),
    failure(2, 'No child dosage given.'),
    failure(3, null, ['misread_context']),
  ];

  it('without a model quotes the most representative rationale and keeps the rationales it came from', async () => {
    const [dosage, tagged] = await proposeGuidelines(
      [theme('keyword: dosage', [1, 2]), theme('tag: misread context', [3])],
      failures,
      'Rubric.',
      null,
    );
    expect(dosage).toEqual({
      guideline: 'When judging, remember what experts noted on 2 items: "The dosage for a child is missing."',
      rationales: [
        { itemKey: 'k1', text: 'The dosage for a child is missing.' },
        { itemKey: 'k2', text: 'No child dosage given.' },
      ],
    });
    // A theme without any rationale falls back to the theme's own name.
    expect(tagged).toEqual({
      guideline: 'When judging, remember what experts noted on 1 item: "tag: misread context"',
      rationales: [],
    });
  });

  it("with a model asks once, with the judge's instructions and the rationales, and quotes for themes it left out", async () => {
    const asked: string[] = [];
    const model = {
      ask: async (request: { user: string }) => {
        asked.push(request.user);
        return JSON.stringify({ guidelines: [{ theme_id: 1, guideline: 'Fail an answer that gives no dosage.' }] });
      },
    };
    const drafts = await proposeGuidelines(
      [theme('ignores dosage', [1, 2]), theme('misreads context', [3])],
      failures,
      'Judge medical answers.',
      model,
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('Judge medical answers.');
    expect(asked[0]).toContain('Theme 1: ignores dosage\n- Expert: The dosage for a child is missing.');
    expect(drafts.map((d) => d.guideline)).toEqual([
      'Fail an answer that gives no dosage.',
      'When judging, remember what experts noted on 1 item: "misreads context"',
    ]);
  });
});
