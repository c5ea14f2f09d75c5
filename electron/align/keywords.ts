// The distinctive terms of experts' rationales: lower-cased words of three letters or more, without
// English stop words and without the words every review of a judge uses ("answer", "response"…),
// which would put every failure under one meaningless theme.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
  during each even ever every few for from further get gets got had hadn't has hasn't have haven't having he
  her here hers herself him himself his how however i if in into is isn't it it's its itself just let's
  like may me might more most much must mustn't my myself no nor not now of off on once one only or other
  ought our ours ourselves out over own same shan't she should shouldn't so some such than that that's the
  their theirs them themselves then there there's these they they're this those through thus to too
  under until up upon us very was wasn't we were weren't what what's when where which while who whom why
  will with won't would wouldn't yet you your yours yourself yourselves
  actually already although another anything correct correctly incorrect incorrectly item items judge
  judged judges judging model output really response responses answer answers answered says said seems
  still thing things well wrong right good bad better worse`
    .split(/\s+/)
    .filter(Boolean),
);

/** The terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu) ?? [])
    .map((word) => word.replace(/’/g, "'"))
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
}

/** Each text's distinct terms. */
export const termSets = (texts: readonly string[]): Set<string>[] => texts.map((text) => new Set(terms(text)));
