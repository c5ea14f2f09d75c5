// What a stored search holds, and the handlers it is built from (the ordinary judge, run and theme
// handlers: a search is made of ordinary versions and runs).
import type Database from 'better-sqlite3';
import type { AlignTestResult, AlignThemesResult } from '../../shared/align';
import type { ParsedInput, RunEstimate, RunSummary } from '../../shared/contract';
import type { JudgeVersionView } from '../../shared/judging';
import type { SearchRow } from '../db/queries/align-searches';
import type { ProviderRegistry } from '../core/provider-registry';
import type { WriteQueue } from '../core/write-queue';
import type { ExampleSet } from './candidates';

export interface SearchOptions {
  seed: number;
  testShare: number;
  reviewer: string | null;
  acceptedOnly: boolean;
  /** What grouping the failures and proposing guidelines cost. */
  themesCost: number;
  /** The development items the candidates are run and compared on. */
  devItemIds: number[];
  /** The sealed test items measured, fixed when the winner is chosen. */
  testItemIds?: number[];
}

export type SearchThemes = { theme: string; items: string[] }[];

export interface StoredCandidate {
  versionId: number;
  version: number;
  guidelines: string[];
  examples: ExampleSet;
}

export type StoredSearch = SearchRow<SearchOptions, SearchThemes, StoredCandidate[], AlignTestResult>;

export interface AlignSearchDeps {
  db: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  now: () => Date;
  registry: Pick<ProviderRegistry, 'get' | 'prices'>;
  saveJudge: (input: ParsedInput<'judges.save'>) => Promise<{ version: JudgeVersionView; created: boolean }>;
  startRun: (input: ParsedInput<'runs.start'>) => Promise<RunSummary>;
  resumeRun: (input: ParsedInput<'runs.resume'>) => Promise<RunSummary>;
  estimateRun: (input: ParsedInput<'runs.estimate'>) => RunEstimate | Promise<RunEstimate>;
  themes: (input: ParsedInput<'align.themes'>) => Promise<AlignThemesResult>;
}
