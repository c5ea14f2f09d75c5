// The audit channels: `trust.audit` prices a judge audit, or runs it (judging a seeded sample again,
// each item several times, the cache bypassed) and stores its findings; `trust.latestAudit` reads
// the newest stored one for the Trust panel.
import type { AuditEstimate, AuditOutcome, AuditResult, StoredAudit } from '../../shared/audit';
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import { GavelError } from '../../shared/result';
import { consistencyOf, positionFlipsOf } from '../calibration/audit-findings';
import { insertAudit, latestAudit } from '../db/queries/audits';
import type { Workspace } from '../db/open-workspace';
import { buildRequests } from '../judging/render-prompt';
import type { JudgeInput } from '../judging/evaluate';
import { judgeRepeatedly } from '../runner/audit-repeats';
import { priceRequests } from '../runner/estimate';
import { priceFor } from '../runner/prices';
import type { Runner } from '../runner/runner';
import { auditSample, auditSubject, type AuditSubject } from './audit-subject';
import { lengthBias } from './audit-length';
import type { EventHub } from './event-hub';
import type { ProviderRegistry } from './provider-registry';
import type { WriteQueue } from './write-queue';

export interface AuditDeps {
  workspace: Workspace;
  writes: WriteQueue;
  events: EventHub;
  runner: Runner;
  registry: ProviderRegistry;
  now: () => Date;
}

/** Every repeat sends the same requests as the original judgment, none answered from the cache. */
function estimateOf(subject: AuditSubject, inputs: JudgeInput[], repeats: number, deps: AuditDeps): AuditEstimate {
  const model = subject.spec.model ?? '';
  const price = priceFor(model, deps.registry.prices());
  const requests = inputs.flatMap((input) => {
    const built = buildRequests(subject.spec, input);
    return built.ok ? built.requests : [];
  });
  const once = priceRequests(requests, price);
  return {
    judge: subject.judge,
    version: subject.version,
    dataset: subject.dataset,
    model: subject.spec.model,
    sample: inputs.length,
    repeats,
    requests: once.requests * repeats,
    inputTokens: once.inputTokens * repeats,
    outputTokens: once.outputTokens * repeats,
    cost: once.cost * repeats,
    unpricedModels: price || !model ? [] : [model],
  };
}

/** The newest stored audit of the judge on the dataset, else on any dataset; null when none. */
export function latestStoredAudit(
  db: Database.Database,
  query: { judge: string; version?: number; datasetId?: number },
): StoredAudit | null {
  const row = latestAudit(db, query);
  if (!row) return null;
  return { ...(JSON.parse(row.resultJson) as AuditResult), id: row.id, createdAt: row.createdAt };
}

export function createAuditHandlers(deps: AuditDeps) {
  const db = deps.workspace.reader;

  /** The provider the audit calls: the one asked for, else the judge version's own; a model provider. */
  function providerOf(subject: AuditSubject, asked: string | undefined) {
    const id = asked ?? subject.spec.provider;
    if (!id) throw new GavelError('INVALID_INPUT', `${subject.judge} v${subject.version} names no provider to call.`);
    const config = deps.registry.get(id);
    if (config.kind === 'heuristic') {
      throw new GavelError(
        'INVALID_INPUT',
        `${subject.judge} is an LLM judge: audit it with a model provider, not "${id}" (heuristic).`,
      );
    }
    return config;
  }

  async function audit(input: ParsedInput<'trust.audit'>): Promise<AuditOutcome> {
    const subject = auditSubject(db, input);
    const sampled = auditSample(subject, input.sample, input.seed);
    const inputs = await Promise.all(sampled.map((row) => subject.inputOf(row)));
    const config = providerOf(subject, input.provider);
    const estimate = estimateOf(subject, inputs, input.repeats, deps);
    if (input.estimateOnly) return { estimate, audit: null };

    const total = inputs.length * input.repeats;
    const judged = await judgeRepeatedly({
      spec: subject.spec,
      inputs,
      repeats: input.repeats,
      caller: await deps.runner.uncachedCaller(config),
      concurrency: Math.max(4, config.limits.concurrency * 2),
      onProgress: (done, cost) => deps.events.emit({ type: 'audit.progress', judge: subject.judge, done, total, cost }),
    });
    const failures = judged.outcomes.flat().filter((outcome) => outcome.error !== null);
    if (failures.length === total) {
      throw new GavelError(
        'MODEL_FAILED',
        `Every one of the audit's ${total} judgments failed, so it found nothing; the first: ${failures[0]!.error}`,
      );
    }
    const result: AuditResult = {
      judge: subject.judge,
      version: subject.version,
      dataset: subject.dataset,
      sample: inputs.length,
      repeats: input.repeats,
      seed: input.seed,
      consistency: consistencyOf(judged.outcomes.map((item) => item.map((outcome) => outcome.rating))),
      position: subject.spec.mode === 'pairwise' ? positionFlipsOf(judged.outcomes.flat().map((o) => o.orders)) : null,
      length: await lengthBias(db, subject, input.datasetId),
      failed: failures.length,
      cost: judged.cost,
    };
    await deps.writes.run(() =>
      insertAudit(deps.workspace.writer, {
        judgeVersionId: subject.versionId,
        datasetId: input.datasetId,
        paramsJson: JSON.stringify({
          sample: input.sample,
          repeats: input.repeats,
          seed: input.seed,
          provider: config.id,
          model: subject.spec.model,
        }),
        resultJson: JSON.stringify(result),
        cost: judged.cost,
        createdAt: deps.now().toISOString(),
      }),
    );
    deps.events.emit({ type: 'workspace.changed' });
    return { estimate, audit: result };
  }

  return {
    'trust.audit': audit,
    'trust.latestAudit': (input: ParsedInput<'trust.latestAudit'>) => latestStoredAudit(db, input),
  };
}
