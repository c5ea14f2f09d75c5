// A judge's curated few-shot set: read (else Gavel's suggestions), validated and saved, and shown in
// the judge's exact prompt. The verdict of each example is its label's; the rationale is the curator's.
import type Database from 'better-sqlite3';
import type { FewShotSetView } from '../../shared/calibration';
import type { ParsedInput, PromptPreview } from '../../shared/contract';
import { currentVersionOf, type FewShotExample, type JudgeSpec, type JudgeVersionView } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { replaceFewShotSet, savedFewShotSet, type CuratedExampleRow } from '../db/queries/fewshot-sets';
import { criterionPolarity } from '../db/queries/criteria';
import { judgeIdByName, judgeVersions } from '../db/queries/judges';
import { labelById, labelIdentity } from '../db/queries/labels';
import { itemExists } from '../db/queries/items';
import { exampleAnswer } from '../judging/fewshot';
import { suggestExamples } from './calibration-stats';
import { reviewedExample } from './fewshot-examples';
import { judgePairs, type JudgePairs } from './judge-pairs';
import type { WriteQueue } from './write-queue';

/** fewshot.get has no budget of its own: suggestions use fewshot.suggest's default. */
const SUGGESTION_BUDGET = 2_000;

/** The examples of a saved set, as rendered into prompts (none when nothing is saved). */
export function curatedExamples(db: Database.Database, judgeId: number): FewShotExample[] {
  return (savedFewShotSet(db, judgeId)?.examples ?? []).map((row) => curatedExample(db, row));
}

/** What goes into a judge's prompt or export: its saved set, else suggestions from these pairs. */
export function fewshotFor(
  db: Database.Database,
  judge: string,
  paired: JudgePairs,
  options: { maxExamples: number; tokenBudget: number },
): FewShotExample[] {
  const saved = curatedExamples(db, judgeIdByName(db, judge)!);
  return saved.length > 0 ? saved : suggestExamples(db, paired, options);
}

function curatedExample(db: Database.Database, row: CuratedExampleRow): FewShotExample {
  const label = labelById(db, row.labelId)!;
  const polarity = criterionPolarity(db, label.judge);
  if (!polarity)
    throw new GavelError('NOT_FOUND', `Judge "${label.judge}" has no scale to read label ${row.labelId} on.`);
  return reviewedExample(db, row, label, row.rationale, polarity);
}

/** A version's definition, refused when it has no prompt to put few-shot examples into. */
export function promptedSpec(version: JudgeVersionView): JudgeVersionView & { spec: JudgeSpec } {
  const name = `${version.judge} v${version.version}`;
  if (!version.spec) {
    throw new GavelError(
      'INVALID_INPUT',
      `${name} was imported from another tool: it has no prompt to put few-shot examples into.`,
    );
  }
  if (version.spec.kind === 'heuristic') {
    throw new GavelError(
      'INVALID_INPUT',
      `${name} is a heuristic scorer: it sends no prompt, so few-shot examples do not apply.`,
    );
  }
  if (version.spec.mode === 'pairwise') {
    throw new GavelError('INVALID_INPUT', `${name} is a pairwise judge: it takes no few-shot examples.`);
  }
  return { ...version, spec: version.spec };
}

/** Checks curated examples against the workspace, naming the first bad one by its position. */
function validateCurated(
  db: Database.Database,
  judge: { id: number; name: string; versions: readonly JudgeVersionView[] },
  examples: readonly CuratedExampleRow[],
): FewShotExample[] {
  const seen = new Map<number, number>();
  const newest = currentVersionOf(judge.versions);
  return examples.map((row, index) => {
    const bad = (problem: string) =>
      new GavelError('INVALID_INPUT', `Few-shot example ${index + 1} of ${judge.name}: ${problem}.`);
    if (!itemExists(db, row.itemId)) throw bad(`no item with id ${row.itemId}`);
    const identity = labelIdentity(db, row.labelId);
    if (!identity) throw bad(`no label with id ${row.labelId}`);
    if (identity.itemId !== row.itemId)
      throw bad(`label ${row.labelId} is on item ${identity.itemId}, not item ${row.itemId}`);
    const label = labelById(db, row.labelId)!;
    if (identity.judgeId !== judge.id)
      throw bad(`label ${row.labelId} rates judge "${label.judge}", not "${judge.name}"`);
    if (label.action !== 'confirm' && label.action !== 'override') {
      throw bad(`label ${row.labelId} is a ${label.action}, not a verdict`);
    }
    const earlier = seen.get(row.itemId);
    if (earlier !== undefined) throw bad(`item ${row.itemId} is already example ${earlier + 1}`);
    seen.set(row.itemId, index);
    const example = curatedExample(db, row);
    if (newest) {
      const answer = exampleAnswer(example, {
        outputType: newest.outputType,
        greaterIsBetter: criterionPolarity(db, judge.name)?.greaterIsBetter ?? true,
      });
      if (!answer.ok) throw bad(`label ${row.labelId} has ${answer.problem}`);
    }
    return example;
  });
}

export function createFewShotSets(deps: {
  db: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  now: () => Date;
  /** The judges.preview handler: the exact requests a spec sends for an item. */
  preview: (input: { spec: JudgeSpec; itemId: number }) => Promise<PromptPreview>;
}) {
  const { db } = deps;
  const judgeOf = (name: string) => ({ id: judgeIdByName(db, name)!, name, versions: judgeVersions(db, name) });

  return {
    'fewshot.get': (input: ParsedInput<'fewshot.get'>): FewShotSetView => {
      const saved = savedFewShotSet(db, judgeOf(input.judge).id);
      if (saved) {
        return {
          judge: input.judge,
          suggested: false,
          savedAt: saved.savedAt,
          examples: saved.examples.map((row) => curatedExample(db, row)),
        };
      }
      const examples = suggestExamples(db, judgePairs(db, input), {
        maxExamples: input.maxExamples,
        tokenBudget: SUGGESTION_BUDGET,
      });
      return { judge: input.judge, suggested: true, savedAt: null, examples };
    },
    'fewshot.save': async ({ judge, examples }: ParsedInput<'fewshot.save'>): Promise<FewShotSetView> => {
      const found = judgeOf(judge);
      const built = validateCurated(db, found, examples);
      const savedAt = deps.now().toISOString();
      await deps.writes.run(() => replaceFewShotSet(deps.writer, found.id, examples, savedAt));
      return { judge, suggested: false, savedAt: built.length === 0 ? null : savedAt, examples: built };
    },
    'fewshot.preview': ({ judge, itemId, examples }: ParsedInput<'fewshot.preview'>): Promise<PromptPreview> => {
      const found = judgeOf(judge);
      const newest = currentVersionOf(found.versions);
      if (!newest)
        throw new GavelError('NOT_FOUND', `Judge "${judge}" has no version yet: it has no prompt to preview.`);
      const { spec } = promptedSpec(newest);
      const fewshot = examples ? validateCurated(db, found, examples) : curatedExamples(db, found.id);
      return deps.preview({ spec: { ...spec, fewshot }, itemId });
    },
  };
}
