// Scorers that check the response alone: contains, regex, length.
import {
  booleanOption,
  quote,
  requiredStringOption,
  requireText,
  scored,
  ScorerInputError,
  stringOption,
  withinBounds,
  type Scorer,
} from './verdict';

/** Options {text, caseSensitive (default false)}. */
export const contains: Scorer = (item, options) => {
  const response = requireText(item, 'response');
  const text = requiredStringOption(options, 'text');
  const caseSensitive = booleanOption(options, 'caseSensitive', false);
  const found = caseSensitive ? response.includes(text) : response.toLowerCase().includes(text.toLowerCase());
  const how = caseSensitive ? '' : ' (ignoring case)';
  return scored(found ? 1 : 0, found, `The response ${found ? 'contains' : 'does not contain'} ${quote(text)}${how}.`);
};

/** Options {pattern, flags}: JavaScript regular expression syntax. */
export const regex: Scorer = (item, options) => {
  const response = requireText(item, 'response');
  const pattern = requiredStringOption(options, 'pattern');
  const flags = stringOption(options, 'flags') ?? '';
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, flags);
  } catch (error) {
    throw new ScorerInputError(`Invalid regex pattern /${pattern}/${flags}: ${(error as Error).message}`);
  }
  const match = expression.exec(response);
  return match
    ? scored(1, true, `/${pattern}/${flags} matched ${quote(match[0])} at character ${match.index}.`)
    : scored(0, false, `/${pattern}/${flags} does not match the response.`);
};

/** Options {unit: 'words' (default) | 'chars', min, max}; characters are Unicode code points. */
export const length: Scorer = (item, options) => {
  const response = requireText(item, 'response');
  const unit = stringOption(options, 'unit') ?? 'words';
  if (unit !== 'words' && unit !== 'chars')
    throw new ScorerInputError(`Option unit must be "words" or "chars", got "${unit}".`);
  const count = unit === 'chars' ? [...response].length : response.split(/\s+/u).filter(Boolean).length;
  const { pass, bounds } = withinBounds(count, options);
  return scored(count, pass, `${count} ${unit === 'chars' ? 'characters' : 'words'}${bounds}.`);
};
