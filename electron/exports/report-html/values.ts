// The verdict values a report counts and cross-tabulates: scores, categories, or pass/fail.
import type { OutputType } from '../../../shared/domain';
import type { ExportRow } from '../export-data';

type Verdict = { score: number | null; label: string | null; pass: boolean };

/**
 * A verdict as the report names it: the score or category, else "pass" or "fail" (always for
 * pass/fail judges, whose labels may also read "yes"/"no").
 */
export function valueName(outputType: OutputType, verdict: Verdict): string {
  if (outputType.kind !== 'pass_fail' && verdict.score !== null) return String(verdict.score);
  if (outputType.kind !== 'pass_fail' && verdict.label !== null) return verdict.label;
  return verdict.pass ? 'pass' : 'fail';
}

/** Every value the judge could give, in scale or category order, then any others the rows hold. */
export function valueOrder(outputType: OutputType, rows: ExportRow[]): string[] {
  const declared =
    outputType.kind === 'scale'
      ? Array.from({ length: Math.floor(outputType.max - outputType.min) + 1 }, (_, i) => String(outputType.min + i))
      : outputType.kind === 'categories'
        ? outputType.categories
        : ['pass', 'fail'];
  const seen = rows.flatMap((row) => [valueName(outputType, row.verdict), valueName(outputType, row.human)]);
  return [...new Set([...declared, ...seen])];
}

/** How many rows have each value, for the judge and for the humans. */
export function distribution(
  outputType: OutputType,
  values: string[],
  rows: ExportRow[],
): Array<{ value: string; judge: number; human: number }> {
  return values.map((value) => ({
    value,
    judge: rows.filter((row) => valueName(outputType, row.verdict) === value).length,
    human: rows.filter((row) => valueName(outputType, row.human) === value).length,
  }));
}
