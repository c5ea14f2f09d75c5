// A fake judge that follows guidelines, for alignment tests. Items dNN with an even NN are answers
// that never state the dosage: the expert fails them (a 2 on a 1–5 scale judge), with a rationale
// saying so. The judge passes every item (5 on a scale), except that when it FOLLOWS GUIDELINES and
// its prompt mentions "dosage" (a guideline or an example's rationale), it fails the even items too,
// as the expert does. No item text says
// "dosage", so only alignment can bring the word into a prompt.
//
// The same fake answers alignment's own questions: it groups every failure into one theme and
// proposes one guideline that names the dosage.
import type { OutputType } from '../../shared/domain';
import { verdictJson } from '../../electron/judging/output-schema';
import type { RecordedRequest } from './fake-http';
import { isRecord } from './fake-http';

export const GUIDELINE = 'Fail an answer that does not state the dosage.';
export const THEME = 'ignores missing dosage';

export const KEYS = Array.from({ length: 40 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
export const lacksDosage = (key: string) => Number(key.slice(1)) % 2 === 0;
const MEDICINES = ['aspirin', 'ibuprofen', 'paracetamol', 'amoxicillin', 'insulin', 'metformin', 'warfarin'];

/** Each item's texts: distinct enough that no two are near-duplicates. */
export const itemTexts = (key: string) => {
  const n = Number(key.slice(1));
  const medicine = MEDICINES[n % MEDICINES.length]!;
  return {
    request: `Question ${key}: patient ${n} asks how to take ${medicine} after surgery number ${n * 7}.`,
    response: `Answer ${key}: take the ${medicine} with food, ${n % 3 === 0 ? 'morning' : 'evening'} ${n}.`,
  };
};
export const rationaleOf = (key: string) => `Item ${key}: the answer never states the dosage.`;

const wordsOf = (request: RecordedRequest) => JSON.stringify(request.body);

function messagesOf(request: RecordedRequest): { role: string; content: string }[] {
  const body = isRecord(request.body) ? request.body : {};
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  return messages.filter(isRecord).map((m) => ({ role: String(m['role']), content: String(m['content']) }));
}

export const isThemesRequest = (request: RecordedRequest) =>
  wordsOf(request).includes('You analyse where an LLM judge disagreed');
export const isProposalsRequest = (request: RecordedRequest) =>
  wordsOf(request).includes("You improve an LLM judge's rubric");

/** The item a judge request judges (its last user message), or null for alignment's own questions. */
export const judgedKey = (request: RecordedRequest) => /Question (d\d\d)/.exec(request.prompt ?? '')?.[1] ?? null;

/** The verdict for a pass or a fail on this output type: yes/no, or a scale's top and its 2. */
export const answerFor = (outputType: OutputType, pass: boolean): number | string =>
  outputType.kind === 'scale' ? (pass ? outputType.max : outputType.min + 1) : pass ? 'yes' : 'no';

export function guidelineJudgeReply(followsGuidelines: boolean, outputType: OutputType) {
  return (request: RecordedRequest): string => {
    if (isThemesRequest(request)) {
      const failures = [...(request.prompt ?? '').matchAll(/Failure (\d+)/g)].map((m) => Number(m[1]));
      return JSON.stringify({ themes: [{ theme: THEME, failure_ids: failures }] });
    }
    if (isProposalsRequest(request)) return JSON.stringify({ guidelines: [{ theme_id: 1, guideline: GUIDELINE }] });
    const key = judgedKey(request);
    if (key === null) return verdictJson(outputType, 'No question found.', answerFor(outputType, false));
    const aware = followsGuidelines && messagesOf(request).some((m) => /dosage/i.test(m.content));
    const pass = !(lacksDosage(key) && aware);
    return verdictJson(outputType, `Answer ${key} looks ${pass ? 'fine' : 'incomplete'}.`, answerFor(outputType, pass));
  };
}
