// The polarity of a judge imported from another tool, which files rarely state: a metric named
// like a built-in template (Bedrock's Builtin.Harmfulness is harmfulness) takes the template's;
// known lower-is-better metrics (harm, refusal, toxicity, grade levels, ranks where 1 is best)
// are lower-is-better; everything else is higher-is-better.
import { templateByName } from './templates';

const LOWER_IS_BETTER = [
  /^(harmfulness|harmful|refusal|stereotyping|toxicity|bias|hallucination)$/,
  /(^|_)(flesch_kincaid|ari|grade_level)(_|$)/,
  /^(perplexity|latency|cost|error_rate)$/,
  // A rank (1 = best), but not a reciprocal rank, where higher is better.
  /(^|_)rank(ing)?$/,
];

/** The metric's own name: without a namespace (`Builtin.`), a version (`/v1`) or its case. */
function bareName(name: string): string {
  return name
    .replace(/\/v?\d+$/i, '')
    .replace(/^.*\./, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

export function importedGreaterIsBetter(name: string): boolean {
  const bare = bareName(name);
  const template = templateByName(bare) ?? templateByName(name);
  if (template) return template.spec.greaterIsBetter;
  if (bare.includes('reciprocal')) return true;
  return !LOWER_IS_BETTER.some((pattern) => pattern.test(bare));
}
