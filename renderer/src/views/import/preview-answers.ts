// The preview's answer columns: one per model whose answers the previewed rows carry (a mapped
// response_b column, a Bedrock comparison), so a second model's answers show before the import.
import type { PreviewRow } from '../../../../shared/contract';

/** Models answering in the previewed rows, in the order they first appear. */
export function answerModels(rows: readonly PreviewRow[]): string[] {
  const models = new Set<string>();
  for (const row of rows) for (const answer of row.answers) models.add(answer.model);
  return [...models];
}

/** A row's answer by one model; null when that model did not answer the row. */
export function answerBy(row: PreviewRow, model: string): string | null {
  return row.answers.find((answer) => answer.model === model)?.response ?? null;
}
