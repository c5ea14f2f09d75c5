// What an export is made of: a judge version, its items with the judge's verdict and the human
// decision, the few-shot examples chosen from its misses, and its agreement with the humans.
import type { JudgeAgreement } from '../../shared/contract';
import type { FewShotExample } from '../../shared/judging';
import type { ItemFields, OutputType } from '../../shared/domain';
import type { StoredAudit } from '../../shared/audit';
import type { TrustView } from '../../shared/trust';
import { GavelError } from '../../shared/result';
import { answerOf, passOf } from '../../shared/verdict-value';

export interface ExportRow {
  itemId: number;
  key: string;
  item: ItemFields;
  /** The row as the source file had it (a promptfoo result, a CSV row…). */
  sourceRow: unknown;
  verdict: { score: number | null; label: string | null; pass: boolean; justification: string | null };
  human: { score: number | null; label: string | null; pass: boolean; rationale: string | null; reviewers: string[] };
}

/** How the exported version did against the version it was aligned from, on the sealed test items. */
export interface Alignment {
  fromVersion: number;
  toVersion: number;
  /** Keys of the sealed test items both versions were measured on. */
  testItems: string[];
  /** Agreement with the experts on those items, as `gavel stats --json` prints it. */
  before: JudgeAgreement;
  after: JudgeAgreement;
  /** mean per-item agreement after − before, with its paired bootstrap 95% interval. */
  difference: { value: number; ci: [number, number] };
  /** Exact McNemar (yes/no judges) or paired permutation test (scales); null when not computed. */
  pValue: number | null;
}

export interface ExportData {
  judge: {
    name: string;
    version: number;
    outputType: OutputType;
    instructions: string | null;
    /** The judge's polarity: false when its "yes" (or a high score) is the bad outcome. */
    greaterIsBetter: boolean;
    /** The model the version ran on, when it records one. */
    model: string | null;
  };
  rows: ExportRow[];
  examples: FewShotExample[];
  stats: JudgeAgreement;
  trust: ExportTrust;
  /** The sealed-test result of the alignment that made this version, when it came from one. */
  alignment?: Alignment | null;
  exportedAt: string;
}

/** What the report's Trust section says beyond the agreement numbers. */
export interface ExportTrust {
  /** Items of the version where the experts split. */
  expertSplits: number;
  /** The estimate and plan on each dataset the judge judged, or why there is none. */
  datasets: { name: string; view: TrustView }[];
  /** The newest audit of the judge on any dataset (it names its dataset); null when never audited. */
  audit: StoredAudit | null;
}

/** The verdict a value stands for, as the judge would write it: score, category, or yes/no. */
export function verdictValue(value: { score: number | null; label: string | null; pass: boolean }): string | number {
  if (value.score !== null) return value.score;
  if (value.label !== null) return value.label;
  return value.pass ? 'yes' : 'no';
}

/**
 * An example's verdict for a format that takes only "yes" or "no": a yes/no judge's own answer to
 * its question; for a scale, whether the score passes the judge's pass rule (its threshold, else
 * the scale's midpoint, compared the way its polarity says). Categories have no yes or no: refused.
 */
export function yesNoRating(example: FewShotExample, judge: ExportData['judge'], format: string): 'yes' | 'no' {
  if (judge.outputType.kind === 'categories') {
    throw new GavelError(
      'INVALID_INPUT',
      `Judge "${judge.name}" answers with categories (${judge.outputType.categories.join(', ')}); ${format} examples take only a "yes" or "no" rating, so its examples cannot be written there. Export to openai-sft, mlflow or langsmith instead.`,
    );
  }
  const answer = judge.outputType.kind === 'pass_fail' ? answerOf(example, judge) : null;
  if (answer === 'yes' || answer === 'no') return answer;
  return passOf(example, judge) ? 'yes' : 'no';
}
