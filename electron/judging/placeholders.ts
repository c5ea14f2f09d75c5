// The item fields a rubric may name, written {{field}} in JudgeSpec.instructions.

export const PLACEHOLDERS = [
  'request',
  'response',
  'expected_response',
  'expected_facts',
  'guidelines',
  'retrieved_context',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

// `{{ name }}` with optional spaces, as MLflow 3 and Bedrock custom metrics write them.
const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Every name written between double braces, in order of first appearance. */
export function placeholderNames(instructions: string): string[] {
  const names = [...instructions.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}

/** The known fields the instructions name, in PLACEHOLDERS order. */
export function namedFields(instructions: string): Placeholder[] {
  const names = new Set(placeholderNames(instructions));
  return PLACEHOLDERS.filter((field) => names.has(field));
}

/** Text before a placeholder that makes it the first word of a sentence or of a line. */
const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*)$/;

/**
 * Replaces each known placeholder; unknown ones stay as written (validateSpec reports them). The
 * replacer learns whether the placeholder starts a sentence, for replacements in words.
 */
export function substitutePlaceholders(
  instructions: string,
  replace: (field: Placeholder, startsSentence: boolean) => string,
): string {
  return instructions.replace(PLACEHOLDER_PATTERN, (whole, name: string, offset: number) =>
    isPlaceholder(name) ? replace(name, SENTENCE_START.test(instructions.slice(0, offset))) : whole,
  );
}
