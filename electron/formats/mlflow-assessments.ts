// MLflow 3 assessments on a trace: feedback from an LLM judge or code scorer is a judge verdict,
// feedback from a human a label, an expectation the item's expected response or facts.
import type { ItemFields } from '../../shared/domain';
import { decoded } from './io-text';
import { isRecord, putOwn, toFacts, toGuidelines, toText } from './item-values';
import type { ImportedLabel, ImportedVerdict } from './types';
import { CriterionScales, valueFields } from './feedback-values';
import { doneVerdict, errorVerdict, type JudgeRegistry } from './verdicts';

/** One assessment, with the spellings of MLflow 3's dictionaries and of the older entity form. */
interface Assessment {
  name: string;
  kind: 'feedback' | 'expectation';
  value: unknown;
  /** HUMAN, LLM_JUDGE, CODE or SOURCE_TYPE_UNSPECIFIED. */
  sourceType: string;
  sourceId: string | null;
  rationale: string | null;
  error: string | null;
  /** False when a later assessment overrides this one. */
  valid: boolean;
  createdAt: string | null;
  raw: Record<string, unknown>;
}

export interface AssessmentsRead {
  item: Partial<Omit<ItemFields, 'metadata'>>;
  metadata: Record<string, unknown>;
  verdicts: ImportedVerdict[];
  labels: ImportedLabel[];
}

/** A list of assessment dictionaries, as a list or as its text in a CSV cell; others are none. */
export function assessmentList(value: unknown): Assessment[] {
  const list = decoded(value);
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((raw) => {
    const parsed = parseAssessment(raw);
    return parsed ? [parsed] : [];
  });
}

function parseAssessment(raw: Record<string, unknown>): Assessment | null {
  const name = raw.assessment_name ?? raw.name;
  if (typeof name !== 'string') return null;
  const source = isRecord(raw.source) ? raw.source : {};
  const feedback = isRecord(raw.feedback) ? raw.feedback : null;
  const expectation = isRecord(raw.expectation) ? raw.expectation : null;
  if (!feedback && !expectation && raw.error === undefined) return null;
  const error = isRecord(feedback?.error) ? feedback.error : isRecord(raw.error) ? raw.error : null;
  const sourceType = String(source.source_type ?? (expectation ? 'HUMAN' : 'CODE')).toUpperCase();
  return {
    name,
    kind: expectation ? 'expectation' : 'feedback',
    value: expectation ? expectationValue(expectation) : feedback?.value,
    sourceType: sourceType === 'AI_JUDGE' ? 'LLM_JUDGE' : sourceType,
    sourceId: toText(source.source_id),
    rationale: toText(raw.rationale),
    error: error ? (toText(error.error_message) ?? toText(error.error_code) ?? 'error') : null,
    valid: raw.valid !== false,
    createdAt: timeOf(raw.create_time ?? raw.create_time_ms),
    raw,
  };
}

/** Non-scalar expectations are stored as JSON text under `serialized_value`. */
function expectationValue(expectation: Record<string, unknown>): unknown {
  const serialized = expectation.serialized_value;
  if (isRecord(serialized) && typeof serialized.value === 'string') {
    try {
      return JSON.parse(serialized.value) as unknown;
    } catch {
      return serialized.value;
    }
  }
  return expectation.value;
}

function timeOf(value: unknown): string | null {
  if (typeof value === 'number') return new Date(value).toISOString();
  return typeof value === 'string' ? value : null;
}

/** Records the value of each feedback, for the scales of the judges. */
export function addFeedbackValues(scales: CriterionScales, assessments: Assessment[]): void {
  for (const a of assessments) if (a.kind === 'feedback') scales.add(a.name, a.value);
}

/**
 * Reads a trace's assessments, oldest first. Every human feedback is a label, so an overridden
 * one stays in the label history below the one that replaced it. A judge has one verdict per
 * item: the valid one; an overridden judge feedback with no valid successor stays the verdict
 * (the label overriding it is the human's answer), others are kept in metadata.
 */
export function readAssessments(
  assessments: Assessment[],
  scales: CriterionScales,
  judges: JudgeRegistry,
): AssessmentsRead {
  const read: AssessmentsRead = { item: {}, metadata: {}, verdicts: [], labels: [] };
  const ordered = [...assessments].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  const judged = new Map<string, { verdict: ImportedVerdict; raw: Record<string, unknown> }>();
  const overridden: Record<string, unknown>[] = [];
  for (const a of ordered) {
    if (a.kind === 'expectation') {
      expect(read, a);
    } else if (a.sourceType === 'HUMAN') {
      read.labels.push(labelOf(a, scales));
    } else {
      const earlier = judged.get(a.name);
      if (earlier && !a.valid) {
        overridden.push(a.raw);
        continue;
      }
      if (earlier) overridden.push(earlier.raw);
      judged.set(a.name, { verdict: verdictOf(a, scales, judges), raw: a.raw });
    }
  }
  read.verdicts = [...judged.values()].map((j) => j.verdict);
  if (overridden.length > 0) read.metadata.overridden_assessments = overridden;
  return read;
}

function expect(read: AssessmentsRead, a: Assessment): void {
  if (a.name === 'expected_response') read.item.expected_response = toText(a.value);
  else if (a.name === 'expected_facts') read.item.expected_facts = toFacts(a.value);
  else if (a.name === 'guidelines') read.item.guidelines = toGuidelines(a.value);
  else {
    const expectations = isRecord(read.metadata.expectations) ? read.metadata.expectations : {};
    putOwn(expectations, a.name, a.value);
    read.metadata.expectations = expectations;
  }
}

function labelOf(a: Assessment, scales: CriterionScales): ImportedLabel {
  return {
    judge: a.name,
    outputType: scales.outputType(a.name),
    reviewer: a.sourceId ?? 'unknown',
    ...valueFields(a.value),
    rationale: a.rationale,
    createdAt: a.createdAt,
  };
}

function verdictOf(a: Assessment, scales: CriterionScales, judges: JudgeRegistry): ImportedVerdict {
  const llm = a.sourceType === 'LLM_JUDGE';
  const judge = judges.get({
    name: a.name,
    version: null,
    outputType: scales.outputType(a.name),
    kind: llm ? 'llm' : 'heuristic',
    model: llm ? a.sourceId : null,
    instructions: null,
  });
  if (a.error !== null) return errorVerdict(judge, a.error, { justification: a.rationale });
  return doneVerdict(judge, { ...valueFields(a.value), justification: a.rationale });
}
