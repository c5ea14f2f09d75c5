// A fake model that answers alignment's two prompts for the labelled `oddness` judge (and judges as
// oddnessReply otherwise): failures on odd questions make one theme, those on even ones another;
// guidelines come back for theme 1 only, so theme 2 falls back to the experts' quoted words.
import type { RecordedRequest } from './fake-http';
import { isRecord } from './fake-http';
import { keyOf, oddnessReply, truth } from './labelled-judge';

export const ODD_GUIDELINE = 'Treat a number as odd when dividing it by two leaves one.';

/** The name of the JSON schema a request asked its reply to follow, if any. */
export function schemaName(request: RecordedRequest): string | null {
  const format = isRecord(request.body) ? request.body['response_format'] : undefined;
  const schema = isRecord(format) ? format['json_schema'] : undefined;
  return isRecord(schema) && typeof schema['name'] === 'string' ? schema['name'] : null;
}

/** Failure number → item key, read from the theme prompt's "Failure N" blocks. */
export function listedFailures(prompt: string): Map<number, string> {
  const listed = new Map<number, string>();
  for (const block of prompt.split(/\n\n(?=Failure \d+\n)/)) {
    const number = /^Failure (\d+)\n/.exec(block)?.[1];
    const key = keyOf(block);
    if (number && key) listed.set(Number(number), key);
  }
  return listed;
}

export function alignReply(request: RecordedRequest): string {
  const prompt = request.prompt ?? '';
  switch (schemaName(request)) {
    case 'failure_themes': {
      const listed = [...listedFailures(prompt)];
      const ids = (odd: boolean) => listed.filter(([, key]) => truth(key) === odd).map(([id]) => id);
      return JSON.stringify({
        themes: [
          { theme: 'calls odd numbers even', failure_ids: [...ids(true), 999] },
          { theme: 'calls even numbers odd', failure_ids: ids(false) },
        ],
      });
    }
    case 'theme_guidelines':
      return JSON.stringify({ guidelines: [{ theme_id: 1, guideline: ODD_GUIDELINE }] });
    default:
      return oddnessReply(request);
  }
}
