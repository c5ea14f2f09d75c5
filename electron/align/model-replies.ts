// What a model's reply to an alignment prompt may be, checked before anything is kept: JSON of the
// asked shape, names and guidelines of sane length. References to failures or themes that were not
// asked about are dropped; anything else wrong refuses the whole reply with a plain reason.
import * as z from 'zod';
import { GavelError } from '../../shared/result';

const NAME_LIMIT = 200;
const GUIDELINE_LIMIT = 500;
const LIST_LIMIT = 1_000;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const themeReply = z.object({
  themes: z
    .array(
      z.object({
        theme: z.string().transform(oneLine).pipe(z.string().min(1).max(NAME_LIMIT)),
        failure_ids: z.array(z.number().int()).max(LIST_LIMIT),
      }),
    )
    .max(LIST_LIMIT),
});

const guidelineReply = z.object({
  guidelines: z
    .array(
      z.object({
        theme_id: z.number().int(),
        guideline: z.string().transform(oneLine).pipe(z.string().min(1).max(GUIDELINE_LIMIT)),
      }),
    )
    .max(LIST_LIMIT),
});

function parseReply<T>(text: string, schema: z.ZodType<T>, what: string): T {
  // Some models wrap JSON in a Markdown code fence even when asked not to.
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    throw new GavelError(
      'MODEL_FAILED',
      `The model's reply to ${what} is not JSON (it starts "${text.slice(0, 60)}"). Nothing was stored.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new GavelError(
      'MODEL_FAILED',
      `The model's reply to ${what} is not of the asked shape: ${z.prettifyError(parsed.error)}. Nothing was stored.`,
    );
  }
  return parsed.data;
}

/**
 * The themes of a reply as lists of failure indexes (0-based) into the `count` failures asked about:
 * unknown numbers dropped, each failure kept in the first theme that names it, empty themes dropped.
 */
export function parseThemeReply(text: string, count: number): { theme: string; failures: number[] }[] {
  const reply = parseReply(text, themeReply, 'the theme prompt');
  const taken = new Set<number>();
  return reply.themes.flatMap(({ theme, failure_ids }) => {
    const failures = failure_ids
      .filter((id) => id >= 1 && id <= count && !taken.has(id - 1))
      .map((id) => id - 1)
      .filter((index, at, all) => all.indexOf(index) === at);
    failures.forEach((index) => taken.add(index));
    return failures.length === 0 ? [] : [{ theme, failures }];
  });
}

/** The guideline per theme index (0-based) of the `count` themes asked about; the first one given wins. */
export function parseGuidelineReply(text: string, count: number): Map<number, string> {
  const reply = parseReply(text, guidelineReply, 'the guideline prompt');
  const guidelines = new Map<number, string>();
  for (const { theme_id, guideline } of reply.guidelines) {
    if (theme_id >= 1 && theme_id <= count && !guidelines.has(theme_id - 1)) guidelines.set(theme_id - 1, guideline);
  }
  return guidelines;
}
