// What a judge sees for an item in a run: the dataset's own answer; the answer the run's candidate
// model generates first (once per item, however many judges look at it); or, for a pairwise run,
// the answers of two earlier runs side by side.
import type Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import type { JudgeInput } from '../judging/evaluate';
import type { ChatResponse } from '../providers/types';
import type { Caller, CallLog } from './provider-call';
import { generationOf, itemFields, type RunSettings } from './run-store';

export interface InputSourceDeps {
  db: Database.Database;
  runId: number;
  settings: RunSettings;
  signal: AbortSignal;
  callers: Map<string, Caller>;
  save: (
    itemId: number,
    outcome: { response: ChatResponse | null; error: string | null; log: CallLog },
  ) => Promise<void>;
  spend: (log: CallLog) => void;
}

export function createInputSource(deps: InputSourceDeps) {
  const answers = new Map<number, Promise<string>>();

  async function generate(itemId: number, request: string | null): Promise<string> {
    const existing = generationOf(deps.db, deps.runId, itemId);
    if (existing?.status === 'done' && existing.response !== null) return existing.response;
    const candidate = deps.settings.generation!;
    const caller = deps.callers.get(candidate.provider);
    if (!caller) throw new GavelError('NOT_FOUND', `No provider "${candidate.provider}" is configured for this run.`);
    if (!request) throw new GavelError('INVALID_INPUT', 'The item has no request for the candidate model to answer.');
    const log: CallLog = { records: [], cacheEntries: [] };
    try {
      const response = await caller(
        {
          model: candidate.model,
          system: candidate.system,
          messages: [{ role: 'user', content: request }],
          schema: null,
          maxTokens: candidate.maxTokens,
          temperature: candidate.temperature,
          topP: null,
          topLogprobs: null,
        },
        deps.signal,
        log,
      );
      await deps.save(itemId, { response, error: null, log });
      deps.spend(log);
      return response.text;
    } catch (error) {
      if (deps.signal.aborted) throw error;
      const message = `The candidate model failed to answer: ${(error as Error).message}`;
      await deps.save(itemId, { response: null, error: message, log });
      deps.spend(log);
      throw new GavelError('MODEL_FAILED', message);
    }
  }

  function answerOf(runId: number, itemId: number): string {
    const generation = generationOf(deps.db, runId, itemId);
    if (generation?.status !== 'done' || generation.response === null) {
      throw new GavelError('NOT_FOUND', `Run ${runId} has no answer for this item.`);
    }
    return generation.response;
  }

  return {
    async inputFor(itemId: number): Promise<JudgeInput> {
      const item = itemFields(deps.db, itemId);
      const { generation, pairwise } = deps.settings;
      if (generation) {
        let answer = answers.get(itemId);
        if (!answer) answers.set(itemId, (answer = generate(itemId, item.request)));
        return { item: { ...item, response: await answer } };
      }
      if (pairwise) {
        return { item, pairwise: { a: answerOf(pairwise.runA, itemId), b: answerOf(pairwise.runB, itemId) } };
      }
      return { item };
    },
  };
}
