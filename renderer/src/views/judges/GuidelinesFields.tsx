// Named global guidelines, for judges that give one verdict per guideline.
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { LinesInput } from '../../components/LinesInput';
import { useGavel } from '../../store/store-context';

export function GuidelinesFields() {
  const { guidelines, edit } = useGavel(
    useShallow((s) => ({ guidelines: s.judgeEditor.draft?.spec.guidelines, edit: s.editJudgeSpec })),
  );
  const entries = Object.entries(guidelines ?? {});
  const setEntries = (next: [string, string[]][]) =>
    edit({ guidelines: next.length > 0 ? Object.fromEntries(next) : null });

  return (
    <fieldset className="form-group">
      <legend>Guidelines</legend>
      {entries.length === 0 && <p className="muted small">None: the item's own guidelines are used.</p>}
      {entries.map(([name, rules], index) => (
        <div key={index} className="form-row guideline">
          <Field label="Name">
            <input
              type="text"
              value={name}
              onChange={(event) =>
                setEntries(entries.map((entry, at) => (at === index ? [event.target.value, rules] : entry)))
              }
            />
          </Field>
          <Field label="Rules (one per line)" className="grow">
            <LinesInput
              rows={3}
              value={rules}
              onLines={(lines) => setEntries(entries.map((entry, at) => (at === index ? [name, lines] : entry)))}
            />
          </Field>
          <button type="button" className="quiet" onClick={() => setEntries(entries.filter((_, at) => at !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setEntries([...entries, [`guideline_${entries.length + 1}`, []]])}>
        Add guideline
      </button>
    </fieldset>
  );
}
