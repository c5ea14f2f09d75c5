// Parsers of numeric command-line options: a wrong value is refused naming the flag and what it expects.
import { CliError } from './workspace-option';

export const numberOption = (flag: string, check: (n: number) => boolean, expected: string) => (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !check(n)) throw new CliError(`${flag} ${value}: expected ${expected}`);
  return n;
};

export const wholeOption = (flag: string, min: number) =>
  numberOption(flag, (n) => Number.isInteger(n) && n >= min, `a whole number ≥ ${min}`);
