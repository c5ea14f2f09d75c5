// How the judge answers: a numeric scale (with an optional pass threshold), pass / fail, or categories.
import { useShallow } from 'zustand/react/shallow';
import type { OutputType } from '../../../../shared/domain';
import { Field } from '../../components/Field';
import { LinesInput } from '../../components/LinesInput';
import { NumberInput } from '../../components/NumberInput';
import { useGavel } from '../../store/store-context';

const STARTING_POINTS: Record<OutputType['kind'], OutputType> = {
  scale: { kind: 'scale', min: 1, max: 5, passThreshold: 4 },
  pass_fail: { kind: 'pass_fail' },
  categories: { kind: 'categories', categories: [] },
};

export function OutputTypeFields() {
  const { outputType, edit } = useGavel(
    useShallow((s) => ({ outputType: s.judgeEditor.draft?.spec.outputType, edit: s.editJudgeSpec })),
  );
  if (!outputType) return null;
  const set = (next: OutputType) => edit({ outputType: next });

  return (
    <fieldset className="form-group">
      <legend>Output</legend>
      <div className="form-row">
        <Field label="Type">
          <select
            data-testid="judge-output-kind"
            value={outputType.kind}
            onChange={(event) => set(STARTING_POINTS[event.target.value as OutputType['kind']])}
          >
            <option value="scale">Score on a scale</option>
            <option value="pass_fail">Pass / fail</option>
            <option value="categories">Categories</option>
          </select>
        </Field>
        {outputType.kind === 'scale' && (
          <>
            <Field label="Lowest score">
              <NumberInput
                className="narrow"
                value={outputType.min}
                onValue={(min) => set({ ...outputType, min: min ?? outputType.min })}
              />
            </Field>
            <Field label="Highest score">
              <NumberInput
                className="narrow"
                value={outputType.max}
                onValue={(max) => set({ ...outputType, max: max ?? outputType.max })}
              />
            </Field>
            <Field label="Passes at" hint="Empty: no pass / fail.">
              <NumberInput
                className="narrow"
                optional
                value={outputType.passThreshold}
                onValue={(passThreshold) => set({ ...outputType, passThreshold })}
              />
            </Field>
          </>
        )}
      </div>
      {outputType.kind === 'categories' && (
        <Field label="Categories" hint="One per line; at least two.">
          <LinesInput
            rows={4}
            value={outputType.categories}
            onLines={(categories) => set({ kind: 'categories', categories })}
          />
        </Field>
      )}
    </fieldset>
  );
}
