// My rationale for a verdict: `r` jumps here, Esc leaves, Ctrl/Cmd+Enter saves (the desk's keys).
import { Field } from '../../components/Field';

interface Props {
  judge: string;
  rationale: string;
  required: boolean;
  onRationale(rationale: string): void;
}

export function RationaleField({ judge, rationale, required, onRationale }: Props) {
  return (
    <Field label={required ? 'Rationale (needed to override)' : 'Rationale (optional)'}>
      <textarea
        data-testid="verdict-rationale"
        data-judge={judge}
        rows={2}
        maxLength={10_000}
        value={rationale}
        onChange={(event) => onRationale(event.target.value)}
      />
    </Field>
  );
}
