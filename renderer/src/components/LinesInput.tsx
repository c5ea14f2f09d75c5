// A list of short texts edited one per line. Blank lines are left out of the list but kept in the
// text while typing, so Enter starts a new line instead of vanishing.
import { useState, type TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string[];
  onLines(lines: string[]): void;
};

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export function LinesInput({ value, onLines, ...textareaProps }: Props) {
  const [text, setText] = useState(value.join('\n'));
  const [shown, setShown] = useState(value);
  // A list changed from outside (a template loaded, an item removed) replaces the text.
  if (value !== shown) {
    setShown(value);
    setText(value.join('\n'));
  }
  return (
    <textarea
      {...textareaProps}
      value={text}
      onChange={(event) => {
        const lines = linesOf(event.target.value);
        setText(event.target.value);
        setShown(lines);
        onLines(lines);
      }}
    />
  );
}
