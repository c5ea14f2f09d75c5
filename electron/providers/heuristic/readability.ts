// Readability grades of the response, from the counts the formula packages document as their inputs:
// sentences, words, syllables (the `syllable` package, word by word) and characters (letters and
// digits of the words, as in the Automated Readability Index). These rules reproduce the counts of
// both packages' documented examples.
import { automatedReadability } from 'automated-readability';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { fixed, requireText, ScorerInputError, scored, withinBounds, type Scorer } from './verdict';

// A type alias, not an interface: the formula packages type their input as a string → number record.
export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
  character: number;
};

/** A word: letters and digits, possibly joined by apostrophes or hyphens (don't, wine-bottle). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function textCounts(text: string): TextCounts {
  const words = text.match(WORD) ?? [];
  // A sentence ends at . ! or ? followed by whitespace or the end ("3.5" does not end one), and
  // counts only if it has a word.
  const sentences = text.split(/[.!?]+(?=\s|$)/u).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  return {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
    character: words.reduce((sum, word) => sum + (word.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0),
  };
}

function readabilityScorer(
  name: string,
  grade: (counts: TextCounts) => number,
  detail: (counts: TextCounts) => string,
): Scorer {
  return (item, options) => {
    const counts = textCounts(requireText(item, 'response'));
    if (counts.word === 0) throw new ScorerInputError('The response has no words to measure.');
    const score = grade(counts);
    const { pass, bounds } = withinBounds(score, options);
    return scored(
      score,
      pass,
      `${name} ${fixed(score)}${bounds}: ${counts.sentence} sentence(s), ${counts.word} words, ${detail(counts)}.`,
    );
  };
}

export const fleschKincaidGrade = readabilityScorer(
  'Flesch-Kincaid grade',
  fleschKincaid,
  (c) => `${c.syllable} syllables`,
);

export const ari = readabilityScorer(
  'Automated Readability Index',
  automatedReadability,
  (c) => `${c.character} characters`,
);
