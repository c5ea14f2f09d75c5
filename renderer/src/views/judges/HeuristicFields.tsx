// A heuristic judge: which scorer computes the verdict, and that scorer's options.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HEURISTIC_SCORERS, type HeuristicScorer } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { LinesInput } from '../../components/LinesInput';
import { NumberInput } from '../../components/NumberInput';
import { SCORER_LABELS } from '../../format/judging';
import { defaultHeuristicOptions } from '../../store/judge-drafts';
import { useGavel } from '../../store/store-context';

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** An input matching the option's current type; anything else is shown, not edited. */
function OptionInput({ value, onValue }: { value: unknown; onValue(value: unknown): void }) {
  if (typeof value === 'number')
    return <NumberInput className="narrow" value={value} onValue={(n) => onValue(n ?? 0)} />;
  if (typeof value === 'boolean')
    return <input type="checkbox" checked={value} onChange={(event) => onValue(event.target.checked)} />;
  if (typeof value === 'string')
    return <input type="text" className="mono" value={value} onChange={(event) => onValue(event.target.value)} />;
  if (isTextList(value)) return <LinesInput rows={3} value={value} onLines={onValue} />;
  return <code>{JSON.stringify(value)}</code>;
}

/** A new option: numbers typed as numbers become numbers (a length's `min`), the rest text. */
const optionValue = (text: string): string | number =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

export function HeuristicFields() {
  const { heuristic, templates, edit } = useGavel(
    useShallow((s) => ({
      heuristic: s.judgeEditor.draft?.spec.heuristic,
      templates: s.judges.templates,
      edit: s.editJudgeSpec,
    })),
  );
  const [newName, setNewName] = useState('');
  const [newValue, setNewValue] = useState('');
  if (!heuristic) return null;

  const setOptions = (options: Record<string, unknown>) => edit({ heuristic: { ...heuristic, options } });
  const chooseScorer = (scorer: HeuristicScorer) =>
    edit({ heuristic: { scorer, options: defaultHeuristicOptions(scorer, templates) } });
  const addOption = () => {
    if (!newName.trim()) return;
    setOptions({ ...heuristic.options, [newName.trim()]: optionValue(newValue) });
    setNewName('');
    setNewValue('');
  };
  const options = Object.entries(heuristic.options);

  return (
    <fieldset className="form-group" data-testid="judge-heuristic">
      <legend>Scorer</legend>
      <div className="form-row">
        <Field label="Scorer">
          <select
            data-testid="judge-scorer"
            value={heuristic.scorer}
            onChange={(event) => chooseScorer(event.target.value as HeuristicScorer)}
          >
            {HEURISTIC_SCORERS.map((scorer) => (
              <option key={scorer} value={scorer}>
                {SCORER_LABELS[scorer]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {options.length > 0 && (
        <div className="option-grid">
          {options.map(([name, value]) => (
            <div key={name} className="form-row">
              <Field label={name} className="grow">
                <OptionInput value={value} onValue={(next) => setOptions({ ...heuristic.options, [name]: next })} />
              </Field>
              <button
                type="button"
                className="quiet"
                aria-label={`Remove option ${name}`}
                onClick={() => setOptions(Object.fromEntries(options.filter(([other]) => other !== name)))}
              >
                Remove
              </button>
            </div>
          ))}
        </div>
      )}
      <div
        className="form-row"
        onKeyDown={(event) => {
          // Enter adds the option rather than saving the judge.
          if (event.key === 'Enter') {
            event.preventDefault();
            event.stopPropagation();
            addOption();
          }
        }}
      >
        <Field label="New option">
          <input type="text" value={newName} placeholder="name" onChange={(event) => setNewName(event.target.value)} />
        </Field>
        <Field label="Value" className="grow">
          <input type="text" value={newValue} onChange={(event) => setNewValue(event.target.value)} />
        </Field>
        <button type="button" disabled={!newName.trim()} onClick={addOption}>
          Add option
        </button>
      </div>
    </fieldset>
  );
}
