// Looking things up by what a user types: a dataset by id or name, a judge by name or template.
import type { DatasetSummary } from '../../shared/domain';
import { DEFAULT_PARAMS, type JudgeSpec, type ProviderConfig } from '../../shared/judging';
import type { Core } from '../core/service';
import { CliError, unwrap } from './workspace-option';

export async function findDataset(core: Core, idOrName: string): Promise<DatasetSummary> {
  const datasets = unwrap(await core.call('datasets.list', {}));
  const found = datasets.find((d) => String(d.id) === idOrName) ?? datasets.find((d) => d.name === idOrName);
  if (!found) {
    const known = datasets.map((d) => `#${d.id} ${d.name}`).join(', ') || 'none';
    throw new CliError(`no dataset "${idOrName}" (datasets: ${known})`);
  }
  return found;
}

/**
 * The judge version to run for `name` on this provider and model: the judge's latest definition
 * (or the built-in template of that name, on first use) pointed at the model. Saving an unchanged
 * definition returns the existing version, so nothing is duplicated.
 */
export async function judgeVersionFor(
  core: Core,
  name: string,
  provider: ProviderConfig,
  model: string | undefined,
): Promise<number> {
  const judges = unwrap(await core.call('judges.list', {}));
  const existing = judges.find((judge) => judge.name === name)?.latest.spec;
  let spec: JudgeSpec;
  if (existing) {
    spec = existing;
  } else {
    const templates = unwrap(await core.call('templates.list', {}));
    const template = templates.find((t) => t.name === name);
    if (!template) {
      throw new CliError(
        `no judge or built-in template named "${name}" (templates: ${templates.map((t) => t.name).join(', ')})`,
      );
    }
    spec = { ...template.spec, provider: null, model: null, params: DEFAULT_PARAMS, fewshot: [] };
  }
  if (spec.kind === 'heuristic' && provider.kind !== 'heuristic') {
    throw new CliError(`"${name}" is a heuristic scorer: run it with --provider heuristic`);
  }
  if (spec.kind === 'llm' && provider.kind === 'heuristic') {
    throw new CliError(`"${name}" is an LLM judge: choose a model provider, not heuristic`);
  }
  const pointed: JudgeSpec =
    spec.kind === 'heuristic'
      ? { ...spec, provider: null, model: null }
      : { ...spec, provider: provider.id, model: model ?? null };
  const saved = unwrap(await core.call('judges.save', { name, spec: pointed }));
  return saved.version.id;
}
