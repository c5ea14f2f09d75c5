// Adding an example: only the judge's misses that a reviewer explained can teach it something, so
// those (not yet in the set) are what is offered.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ItemRef } from '../../../../shared/calibration';
import { Field } from '../../components/Field';
import { singleLine } from '../../format/text';
import { addable } from '../../store/fewshot-edits';
import { useGavel } from '../../store/store-context';
import { exampleVerdict } from './example-verdict';

export function FewShotAdd({ items }: { items: Map<number, ItemRef> }) {
  const { candidates, examples, add } = useGavel(
    useShallow((s) => ({ candidates: s.fewshot.candidates, examples: s.fewshot.examples, add: s.addFewShotExample })),
  );
  const [chosen, setChosen] = useState('');
  const offered = addable(candidates, examples);
  if (offered.length === 0) {
    return (
      <p className="muted small" data-testid="fewshot-add-none">
        Every miss a reviewer explained is in the set. To add more, review the judge’s disagreements and write why.
      </p>
    );
  }
  const choice = offered.some((candidate) => String(candidate.itemId) === chosen) ? chosen : '';
  return (
    <div className="form-row fewshot-add">
      <Field label="Add a miss a reviewer explained" className="grow">
        <select data-testid="fewshot-add-choice" value={choice} onChange={(event) => setChosen(event.target.value)}>
          <option value="">— choose an item —</option>
          {offered.map((candidate) => (
            <option key={candidate.itemId} value={String(candidate.itemId)}>
              {items.get(candidate.itemId!)?.key ?? `item ${candidate.itemId}`} · humans: {exampleVerdict(candidate)} ·{' '}
              {singleLine(candidate.justification, 80)}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        data-testid="fewshot-add"
        disabled={choice === ''}
        onClick={() => {
          add(Number(choice));
          setChosen('');
        }}
      >
        Add
      </button>
    </div>
  );
}
