// The alignment search's own shared words: the two parts of a judge's labelled items.

/** Development items shape guidelines and examples and pick the winner; test items only measure it. */
export type SplitPart = 'dev' | 'test';

export const DEFAULT_TEST_SHARE = 0.3;
