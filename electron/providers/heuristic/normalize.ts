// Answer normalization as the SQuAD evaluation script does it: lowercase, drop punctuation, drop the
// articles a / an / the, collapse whitespace. Punctuation here is any Unicode punctuation or symbol
// (SQuAD's is ASCII only), so answers in other scripts normalize as well.

export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\b(a|an|the)\b/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

export function answerTokens(text: string): string[] {
  const normalized = normalizeAnswer(text);
  return normalized === '' ? [] : normalized.split(' ');
}
