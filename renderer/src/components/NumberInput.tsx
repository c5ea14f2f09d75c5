// A number field people can type into freely ("0.", "", "-"): it reports only numbers it can read,
// and null when emptied if the value is optional, instead of snapping the text back mid-typing.
import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  value: number | null;
  onValue(value: number | null): void;
  /** Empty means null (e.g. "no limit") rather than an unfinished number. */
  optional?: boolean;
};

const asText = (value: number | null): string => (value === null ? '' : String(value));

function read(text: string, optional: boolean): number | null | undefined {
  if (text.trim() === '') return optional ? null : undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function NumberInput({ value, onValue, optional = false, ...inputProps }: Props) {
  const [text, setText] = useState(asText(value));
  const [shown, setShown] = useState(value);
  // A value changed from outside (a template loaded, a form reset) replaces the text.
  if (value !== shown) {
    setShown(value);
    setText(asText(value));
  }
  const readable = read(text, optional) !== undefined;

  return (
    <input
      {...inputProps}
      type="number"
      value={text}
      aria-invalid={readable ? undefined : true}
      onChange={(event) => {
        setText(event.target.value);
        const next = read(event.target.value, optional);
        if (next === undefined) return;
        setShown(next);
        onValue(next);
      }}
    />
  );
}
