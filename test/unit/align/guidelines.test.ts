import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyGuidelines, GUIDELINES_HEADING, instructionDiff } from '../../../electron/align/guidelines';

const rubric = 'Judge whether the answer is correct.\n\nRequest: {{request}}\nResponse: {{response}}';

describe('applyGuidelines', () => {
  it('appends a bulleted block headed "Guidelines from expert review:" at the end', () => {
    expect(applyGuidelines(rubric, ['Penalise a missing dosage.', 'Do not reward a confident tone.'])).toBe(
      `${rubric}\n\n${GUIDELINES_HEADING}\n- Penalise a missing dosage.\n- Do not reward a confident tone.\n`,
    );
  });

  it('adds only the new guidelines to an existing block, and re-applying changes nothing', () => {
    const once = applyGuidelines(rubric, ['Penalise a missing dosage.']);
    expect(applyGuidelines(once, ['Penalise a missing dosage.'])).toBe(once);
    const twice = applyGuidelines(once, ['Penalise a missing dosage.', 'Accept a correct refusal.']);
    expect(twice).toBe(
      `${rubric}\n\n${GUIDELINES_HEADING}\n- Penalise a missing dosage.\n- Accept a correct refusal.\n`,
    );
  });

  it('folds a guideline spread over lines into one bullet and skips blank ones', () => {
    expect(applyGuidelines('Rubric.', ['  Check the\n  units.  ', '   '])).toBe(
      `Rubric.\n\n${GUIDELINES_HEADING}\n- Check the units.\n`,
    );
  });

  it('leaves the instructions untouched when there is nothing to add', () => {
    expect(applyGuidelines(rubric, [])).toBe(rubric);
  });

  it("does not take the author's own text after the heading for its block", () => {
    const authored = `${GUIDELINES_HEADING}\nBe strict.`;
    expect(applyGuidelines(authored, ['Be fair.'])).toBe(`${authored}\n\n${GUIDELINES_HEADING}\n- Be fair.\n`);
  });

  it('is idempotent for any instructions and guidelines', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (instructions, guidelines) => {
        const once = applyGuidelines(instructions, guidelines);
        expect(applyGuidelines(once, guidelines)).toBe(once);
        expect(once.startsWith(instructions.replace(/\s+$/, ''))).toBe(true);
      }),
    );
  });
});

describe('instructionDiff', () => {
  it('shows the appended block as added lines and the rest unchanged', () => {
    const after = applyGuidelines(rubric, ['Penalise a missing dosage.']);
    const parts = instructionDiff(rubric, after);
    expect(parts.filter((part) => part.removed)).toEqual([]);
    expect(
      parts
        .filter((part) => part.added)
        .map((part) => part.value)
        .join(''),
    ).toContain(`${GUIDELINES_HEADING}\n- Penalise a missing dosage.\n`);
    expect(
      parts
        .filter((part) => !part.added)
        .map((part) => part.value)
        .join('')
        .trimEnd(),
    ).toBe(rubric);
  });

  it('returns plain parts with only the flags that are set', () => {
    expect(instructionDiff('a\n', 'b\n')).toEqual([
      { removed: true, value: 'a\n' },
      { added: true, value: 'b\n' },
    ]);
  });
});
