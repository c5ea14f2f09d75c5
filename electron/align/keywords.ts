// The distinctive terms of experts' rationales: lower-cased words of three letters or more, without
// English stop words and without the words every review of a judge uses ("answer", "response"…),
// which would put every failure under one meaningless theme.
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
const STOP_WORDS = new Set([
  ...stopwords.en,
  ...`correct correctly incorrect incorrectly item items judge judged judges judging model output response
  responses answer answers answered says seems wrong right good bad better worse`.split(/\s+/),
]);

/** The terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu) ?? [])
    .map((word) => word.replace(/’/g, "'"))
    // Contractions ("doesn't") and possessives say nothing a theme could be named by.
    .filter((word) => word.length >= 3 && !word.includes("'") && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
}

/** Each text's distinct terms. */
export const termSets = (texts: readonly string[]): Set<string>[] => texts.map((text) => new Set(terms(text)));
