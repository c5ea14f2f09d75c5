// Worked examples the judge sees before the item: an answer, the verdict it deserves, and why.
import { useShallow } from 'zustand/react/shallow';
import type { FewShotExample } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';
import { startingVerdict, VerdictInput } from './VerdictInput';

/** Most judge platforms cap examples well below this; the contract allows 50. */
const MAX_EXAMPLES = 50;

const orNull = (text: string): string | null => (text.trim() ? text : null);

export function FewShotList() {
  const { spec, edit } = useGavel(useShallow((s) => ({ spec: s.judgeEditor.draft?.spec, edit: s.editJudgeSpec })));
  if (!spec) return null;
  const examples = spec.fewshot;
  const setExamples = (fewshot: FewShotExample[]) => edit({ fewshot });
  const change = (index: number, changes: Partial<FewShotExample>) =>
    setExamples(examples.map((example, at) => (at === index ? { ...example, ...changes } : example)));
  const add = () =>
    setExamples([
      ...examples,
      {
        request: null,
        response: null,
        expected_response: null,
        context: null,
        ...startingVerdict(spec.outputType),
        justification: '',
        itemId: null,
        labelId: null,
      },
    ]);

  return (
    <fieldset className="form-group" data-testid="judge-fewshot">
      <legend>Few-shot examples ({examples.length})</legend>
      {examples.length === 0 && (
        <p className="muted small">None. Examples show the judge how you want borderline cases decided.</p>
      )}
      <ol className="fewshot-list">
        {examples.map((example, index) => (
          <li key={index} className="fewshot-example" data-testid="judge-fewshot-example">
            <div className="form-row">
              <span className="strong">Example {index + 1}</span>
              <VerdictInput
                outputType={spec.outputType}
                verdict={example}
                onVerdict={(verdict) => change(index, verdict)}
              />
              <button
                type="button"
                className="quiet push-right"
                onClick={() => setExamples(examples.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </div>
            <div className="form-row">
              <Field label="Request" className="grow">
                <textarea
                  rows={2}
                  value={example.request ?? ''}
                  onChange={(event) => change(index, { request: orNull(event.target.value) })}
                />
              </Field>
              <Field label="Response" className="grow">
                <textarea
                  rows={2}
                  value={example.response ?? ''}
                  onChange={(event) => change(index, { response: orNull(event.target.value) })}
                />
              </Field>
            </div>
            <Field label="Justification">
              <textarea
                rows={2}
                value={example.justification}
                onChange={(event) => change(index, { justification: event.target.value })}
              />
            </Field>
          </li>
        ))}
      </ol>
      <button type="button" disabled={examples.length >= MAX_EXAMPLES} onClick={add}>
        Add example
      </button>
    </fieldset>
  );
}
