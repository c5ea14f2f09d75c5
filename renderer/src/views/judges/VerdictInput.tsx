// The verdict a few-shot example teaches, on the judge's own output type.
import type { OutputType } from '../../../../shared/domain';
import type { FewShotExample } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';

type Verdict = Pick<FewShotExample, 'score' | 'label' | 'pass'>;

/** The verdict a new example starts with: the top of the scale, pass, or the first category. */
export function startingVerdict(outputType: OutputType): Verdict {
  switch (outputType.kind) {
    case 'scale':
      return { score: outputType.max, label: null, pass: null };
    case 'pass_fail':
      return { score: null, label: null, pass: true };
    case 'categories':
      return { score: null, label: outputType.categories[0] ?? null, pass: null };
  }
}

interface Props {
  outputType: OutputType;
  verdict: Verdict;
  onVerdict(verdict: Verdict): void;
}

export function VerdictInput({ outputType, verdict, onVerdict }: Props) {
  switch (outputType.kind) {
    case 'scale':
      return (
        <Field label={`Score (${outputType.min}–${outputType.max})`}>
          <NumberInput
            className="narrow"
            min={outputType.min}
            max={outputType.max}
            optional
            value={verdict.score}
            onValue={(score) => onVerdict({ score, label: null, pass: null })}
          />
        </Field>
      );
    case 'pass_fail':
      return (
        <Field label="Verdict">
          <select
            value={verdict.pass === false ? 'fail' : 'pass'}
            onChange={(event) => onVerdict({ score: null, label: null, pass: event.target.value === 'pass' })}
          >
            <option value="pass">Pass</option>
            <option value="fail">Fail</option>
          </select>
        </Field>
      );
    case 'categories':
      return (
        <Field label="Category">
          <select
            value={verdict.label ?? ''}
            onChange={(event) => onVerdict({ score: null, label: event.target.value || null, pass: null })}
          >
            {verdict.label === null && <option value="">— choose —</option>}
            {outputType.categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </Field>
      );
  }
}
