// The justification audit aid, without a DOM: which passages a judge's justification cites (quotes,
// and sentences that closely paraphrase a source), and where each one sits in the response, the
// expected response or a retrieved context chunk, as character ranges of the ORIGINAL text so the
// view can highlight exactly those characters.
//
// Matching works on words, not characters: both sides are cut into words (letters and digits,
// lower-cased), so whitespace, case, punctuation and markdown (`**bold**`, `_x_`) between words never
// stop a match, and a match maps back through each word's offsets to the source as written.
//
// Paraphrase rule. A justification sentence of at least PARAPHRASE_MIN_WORDS words (with its quotes
// taken out, since those are located on their own) is a close paraphrase of a source when some
// window of that source, of at most 1.5 × the sentence's word count, holds at least
// PARAPHRASE_MIN_SHARE (60%) of the sentence's distinct content words (words that are not stopwords),
// and at least PARAPHRASE_MIN_CONTENT_WORDS of them. The range reported runs from the first to the
// last shared content word of the best window (most shared words, then the shortest). Sharing the
// topic is not enough: a sentence that reuses a few of the source's words but says something else
// stays under the 60%.

export type CitationSource = 'response' | 'expected_response' | `context:${number}`;

export interface FoundRange {
  source: CitationSource;
  start: number;
  end: number;
}

export interface Citation {
  text: string;
  kind: 'quote' | 'paraphrase';
  /** Empty for a quote found nowhere: the justification cites text the sources do not hold. */
  found: FoundRange[];
}

export interface AuditSources {
  response: string | null;
  expected_response: string | null;
  context: string[];
}

export const PARAPHRASE_MIN_WORDS = 6;
export const PARAPHRASE_MIN_SHARE = 0.6;
export const PARAPHRASE_MIN_CONTENT_WORDS = 4;
const WINDOW_STRETCH = 1.5;
/** A single-quoted span is a quote only from this many words: shorter ones are mostly scare quotes. */
const SINGLE_QUOTE_MIN_WORDS = 3;

interface Word {
  word: string;
  start: number;
  end: number;
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his i if in into is ' +
    'it its may more most my no not of on or our she should so than that the their them then there these they ' +
    'this those to was we were what when which while who will with would you your also very just only both ' +
    'each about because response answer says states said'
  ).split(' '),
);

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const isContentWord = (word: string) => !STOPWORDS.has(word) && word.length > 1;

// Straight and curly double quotes, backticks, and single quotes whose opening and closing marks are
// not apostrophes (no letter outside them; inside, an apostrophe between letters is allowed: "it's").
const DOUBLE_QUOTED = /"([^"\n]+)"|“([^”\n]+)”|`([^`\n]+)`/g;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘]((?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L}))+?)['’](?![\p{L}\p{N}])/gu;

interface QuotedSpan {
  text: string;
  start: number;
  end: number;
}

function quotedSpans(justification: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const match of justification.matchAll(DOUBLE_QUOTED)) {
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    spans.push({ text, start: match.index, end: match.index + match[0].length });
  }
  for (const match of justification.matchAll(SINGLE_QUOTED)) {
    const text = match[1] ?? '';
    const inside = spans.some((span) => match.index >= span.start && match.index < span.end);
    if (!inside && wordsOf(text).length >= SINGLE_QUOTE_MIN_WORDS) {
      spans.push({ text, start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.filter((span) => wordsOf(span.text).length > 0).sort((a, b) => a.start - b.start);
}

function sourceTexts(sources: AuditSources): { source: CitationSource; words: Word[] }[] {
  const named: { source: CitationSource; text: string | null }[] = [
    { source: 'response', text: sources.response },
    { source: 'expected_response', text: sources.expected_response },
    ...sources.context.map((text, index) => ({ source: `context:${index}` as const, text })),
  ];
  return named.flatMap(({ source, text }) => (text ? [{ source, words: wordsOf(text) }] : []));
}

/** Every place the quote's words occur in a row in the source. */
function occurrences(quote: Word[], source: CitationSource, words: Word[]): FoundRange[] {
  const found: FoundRange[] = [];
  for (let at = 0; at + quote.length <= words.length; at++) {
    if (quote.every((word, offset) => words[at + offset]?.word === word.word)) {
      found.push({ source, start: words[at]!.start, end: words[at + quote.length - 1]!.end });
    }
  }
  return found;
}

/** The best window of the source for the sentence, if it clears the paraphrase rule. */
function paraphraseIn(sentence: Word[], source: CitationSource, words: Word[]): FoundRange | null {
  const wanted = new Set(sentence.map((word) => word.word).filter(isContentWord));
  const needed = Math.max(PARAPHRASE_MIN_CONTENT_WORDS, Math.ceil(wanted.size * PARAPHRASE_MIN_SHARE));
  if (wanted.size < PARAPHRASE_MIN_CONTENT_WORDS) return null;
  const width = Math.ceil(sentence.length * WINDOW_STRETCH);
  let best: { shared: number; range: FoundRange } | null = null;
  for (let at = 0; at < words.length; at++) {
    if (!wanted.has(words[at]!.word)) continue; // the best window may as well start on a shared word
    // The window ends at the last word that brought a new shared word: repeats after it add nothing.
    const shared = new Set<string>();
    let end = at;
    for (let next = at; next < Math.min(words.length, at + width); next++) {
      const word = words[next]!.word;
      if (wanted.has(word) && !shared.has(word)) {
        shared.add(word);
        end = next;
      }
    }
    const range: FoundRange = { source, start: words[at]!.start, end: words[end]!.end };
    const tighter =
      best !== null && shared.size === best.shared && range.end - range.start < best.range.end - best.range.start;
    if (shared.size >= needed && (!best || shared.size > best.shared || tighter)) best = { shared: shared.size, range };
  }
  return best?.range ?? null;
}

/** The justification's sentences as written, each with the words left once its quotes are blanked out. */
function sentencesWithoutQuotes(justification: string, quotes: QuotedSpan[]): { text: string; words: Word[] }[] {
  let blanked = justification;
  for (const quote of quotes) {
    // Same length, so the blanked text's offsets still point into the justification as written.
    blanked = blanked.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + blanked.slice(quote.end);
  }
  return Array.from(blanked.matchAll(/[^.!?\n]+[.!?]*/g), (match) => ({
    text: justification.slice(match.index, match.index + match[0].length),
    words: wordsOf(match[0]),
  }));
}

export function locateQuotes(justification: string, sources: AuditSources): { citations: Citation[] } {
  const texts = sourceTexts(sources);
  const quotes = quotedSpans(justification);
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const quote of quotes) {
    const words = wordsOf(quote.text);
    const key = words.map((word) => word.word).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const found = texts.flatMap(({ source, words: sourceWords }) => occurrences(words, source, sourceWords));
    citations.push({ text: quote.text.trim(), kind: 'quote', found });
  }
  for (const sentence of sentencesWithoutQuotes(justification, quotes)) {
    if (sentence.words.length < PARAPHRASE_MIN_WORDS) continue;
    const found = texts.flatMap(({ source, words }) => paraphraseIn(sentence.words, source, words) ?? []);
    if (found.length > 0) {
      citations.push({ text: sentence.text.replace(/\s+/g, ' ').trim(), kind: 'paraphrase', found });
    }
  }
  return { citations };
}
