// API handlers for judges, templates, providers and prices.
import type { ParsedInput, PromptPreview } from '../../shared/contract';
import { GavelError } from '../../shared/result';
import { itemDetail } from '../db/queries/items';
import { judgeVersion, judgeVersions, listJudges, saveJudgeVersion } from '../db/queries/judges';
import type { Workspace } from '../db/open-workspace';
import { diffSpecs } from '../judging/diff-specs';
import { judgeSpecHash } from '../judging/judge-hash';
import { evaluateJudge } from '../judging/evaluate';
import { buildRequests } from '../judging/render-prompt';
import { scoreHeuristic } from '../providers/heuristic';
import { TEMPLATES } from '../judging/templates';
import { validateSpec } from '../judging/validate-spec';
import { detectOllama } from '../providers/ollama';
import type { KeyStore, Provider } from '../providers/types';
import type { ProviderConfig } from '../../shared/judging';
import type { ProviderRegistry } from './provider-registry';
import type { WriteQueue } from './write-queue';

const noChat = () => Promise.reject(new GavelError('INTERNAL', 'Heuristic judges call no model.'));

export function createJudgeHandlers(deps: {
  workspace: Workspace;
  writes: WriteQueue;
  registry: ProviderRegistry;
  keys: KeyStore;
  providerFor: (config: ProviderConfig) => Promise<Provider>;
  now: () => Date;
}) {
  const db = deps.workspace.reader;

  const versionOrThrow = (id: number) => {
    const version = judgeVersion(db, id);
    if (!version) throw new GavelError('NOT_FOUND', `No judge version with id ${id}.`);
    return version;
  };

  return {
    'templates.list': () => TEMPLATES,
    'judges.list': () => listJudges(db),
    'judges.get': ({ name }: ParsedInput<'judges.get'>) => {
      const judge = listJudges(db).find((j) => j.name === name);
      if (!judge) throw new GavelError('NOT_FOUND', `No judge named "${name}".`);
      return { judge, versions: judgeVersions(db, name) };
    },
    'judges.save': async ({ name, spec, candidate }: ParsedInput<'judges.save'>) => {
      const problems = validateSpec(spec);
      if (problems.length > 0) throw new GavelError('INVALID_INPUT', `judge "${name}": ${problems.join('; ')}`);
      if (spec.kind === 'llm' && spec.provider) deps.registry.get(spec.provider);
      const { versionId, created } = await deps.writes.run(() =>
        saveJudgeVersion(deps.workspace.writer, name, spec, judgeSpecHash(spec), deps.now().toISOString(), {
          candidate,
        }),
      );
      return { version: versionOrThrow(versionId), created };
    },
    'judges.diff': ({ from, to }: ParsedInput<'judges.diff'>) => {
      const [a, b] = [versionOrThrow(from), versionOrThrow(to)];
      if (!a.spec || !b.spec)
        throw new GavelError('INVALID_INPUT', 'Imported judge versions have no definition to compare.');
      return diffSpecs(a.spec, b.spec);
    },
    'judges.preview': async ({ spec, itemId }: ParsedInput<'judges.preview'>): Promise<PromptPreview> => {
      const item = itemDetail(db, itemId);
      if (!item) throw new GavelError('NOT_FOUND', `No item with id ${itemId}.`);
      if (spec.kind === 'heuristic') {
        const verdict = await evaluateJudge(spec, { item }, { chat: noChat, scoreHeuristic });
        return { requests: [], problem: null, heuristicVerdict: verdict };
      }
      const built = buildRequests(spec, { item });
      if (!built.ok) return { requests: [], problem: built.problem, heuristicVerdict: null };
      return {
        requests: built.requests.map(({ system, messages }) => ({ system, messages })),
        problem: null,
        heuristicVerdict: null,
      };
    },
    'providers.list': () => deps.registry.view(),
    'providers.save': ({ config }: ParsedInput<'providers.save'>) => deps.registry.save(config),
    'providers.delete': ({ id }: ParsedInput<'providers.delete'>) => deps.registry.remove(id),
    'providers.setKey': ({ id, key }: ParsedInput<'providers.setKey'>) => deps.registry.enterKey(id, key),
    // A provider whose key is not bound to its endpoint answers with why, having sent nothing.
    'providers.test': async ({ id }: ParsedInput<'providers.test'>) => {
      const config = deps.registry.get(id);
      if (config.kind === 'heuristic') return { ok: true, message: 'Heuristic scorers run offline.', models: [] };
      const provider = await deps.providerFor(config);
      return provider.testConnection(AbortSignal.timeout(15_000));
    },
    'providers.detectOllama': () => detectOllama(),
    'prices.list': () => deps.registry.prices(),
    'prices.save': ({ prices }: ParsedInput<'prices.save'>) => deps.registry.savePrices(prices),
  };
}
