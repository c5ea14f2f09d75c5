// Where an editor draft starts: a template, an existing version, or a blank custom judge.
import {
  DEFAULT_PARAMS,
  type HeuristicScorer,
  type JudgeSpec,
  type JudgeVersionView,
  type ProviderConfig,
  type TemplateInfo,
} from '../../../shared/judging';
import { modelProviders } from './slices/settings/providers';

export interface JudgeDraft {
  name: string;
  /** True until the judge has a saved version: its name can still change. */
  isNew: boolean;
  spec: JudgeSpec;
}

const CUSTOM_SPEC: JudgeSpec = {
  template: null,
  kind: 'llm',
  description: '',
  instructions: '',
  outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 4 },
  greaterIsBetter: true,
  mode: 'item',
  guidelines: null,
  heuristic: null,
  provider: null,
  model: null,
  params: DEFAULT_PARAMS,
  fewshot: [],
};

/** The provider a new LLM judge starts with: the first one that calls a model. */
export const defaultProviderId = (providers: ProviderConfig[]): string | null =>
  modelProviders(providers)[0]?.id ?? null;

export function customDraft(providers: ProviderConfig[]): JudgeDraft {
  return { name: '', isNew: true, spec: { ...CUSTOM_SPEC, provider: defaultProviderId(providers) } };
}

export function draftFromTemplate(template: TemplateInfo, providers: ProviderConfig[]): JudgeDraft {
  const llm = template.spec.kind === 'llm';
  return {
    name: template.name,
    isNew: true,
    spec: {
      ...template.spec,
      provider: llm ? defaultProviderId(providers) : null,
      model: null,
      params: DEFAULT_PARAMS,
      fewshot: [],
    },
  };
}

/**
 * A saved version to edit into the next one. Versions imported from other tools carry no
 * definition: they start as a custom judge with the same output type and model.
 */
export function draftFromVersion(version: JudgeVersionView, providers: ProviderConfig[]): JudgeDraft {
  const spec = version.spec ?? {
    ...CUSTOM_SPEC,
    outputType: version.outputType,
    provider: defaultProviderId(providers),
    model: version.model,
  };
  return { name: version.judge, isNew: false, spec };
}

/** The options a heuristic scorer's template starts with, so switching scorer shows what it takes. */
export function defaultHeuristicOptions(scorer: HeuristicScorer, templates: TemplateInfo[]): Record<string, unknown> {
  const template = templates.find((candidate) => candidate.spec.heuristic?.scorer === scorer);
  return { ...(template?.spec.heuristic?.options ?? {}) };
}

/** Compared with the draft to tell unsaved edits apart. */
export const draftSnapshot = (draft: JudgeDraft): string => JSON.stringify([draft.name, draft.spec]);
