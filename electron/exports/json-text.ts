// The two JSON layouts exports are written in: JSON Lines and indented JSON, each ending in a newline.

/** One compact JSON record per line. */
export const jsonl = (records: readonly unknown[]): string =>
  records.map((record) => JSON.stringify(record)).join('\n') + '\n';

/** Indented JSON, as people and other tools read it. */
export const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
