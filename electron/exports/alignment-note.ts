// The sealed-test result of an aligned judge in words, for the header comment of exports that carry
// the judge itself (Python, YAML, instructions text). Plain ASCII, so a Python snippet stays ASCII.
import type { Alignment } from './export-data';

const signed = (value: number) => `${value >= 0 ? '+' : '-'}${Math.abs(value).toFixed(3)}`;
const rate = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));
/** Two significant digits: enough to read a p-value, and small ones stay readable (4.9e-4). */
const pText = (value: number) => String(Number(value.toPrecision(2)));

/**
 * The alignment as "# " comment lines (Python, YAML and instructions text all read "#" so); none when
 * the version did not come from an alignment.
 */
export function alignmentComment(alignment: Alignment | null | undefined): string[] {
  if (!alignment) return [];
  const { fromVersion, toVersion, testItems, before, after, difference, pValue } = alignment;
  const [lower, upper] = difference.ci;
  return [
    `Aligned from version ${fromVersion} to version ${toVersion}, measured on ${testItems.length} sealed test items`,
    'that no guideline or example was drawn from.',
    `Agreement with the experts changed by ${signed(difference.value)} (95% CI ${signed(lower)} to ${signed(upper)})` +
      (pValue === null ? '.' : `, p = ${pText(pValue)}.`),
    `Accuracy on those items: ${rate(before.binary.accuracy)} before, ${rate(after.binary.accuracy)} after.`,
  ].map((line) => `# ${line}`);
}
