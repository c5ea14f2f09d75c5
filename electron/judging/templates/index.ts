// Every built-in judge template, by family.
import { BEDROCK_TEMPLATES } from './bedrock';
import { DATABRICKS_TEMPLATES } from './databricks';
import type { JudgeTemplate } from './define';
import { HEURISTIC_TEMPLATES } from './heuristic';
import { MLFLOW_TEMPLATES } from './mlflow';
import { PAIRWISE_TEMPLATES } from './pairwise';

export type { JudgeTemplate } from './define';

export const TEMPLATES: JudgeTemplate[] = [
  ...MLFLOW_TEMPLATES,
  ...DATABRICKS_TEMPLATES,
  ...BEDROCK_TEMPLATES,
  ...PAIRWISE_TEMPLATES,
  ...HEURISTIC_TEMPLATES,
];

const BY_NAME = new Map(TEMPLATES.map((template) => [template.name, template]));

export function templateByName(name: string): JudgeTemplate | undefined {
  return BY_NAME.get(name);
}
