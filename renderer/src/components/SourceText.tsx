// A source the justification audit may cite (response, expected response, context chunk): safe
// markdown normally, plain text with the located ranges marked while the audit is on.
import type { TextRange } from '../audit/text-segments';
import { HighlightedText } from './HighlightedText';
import { SafeMarkdown } from './SafeMarkdown';

/** `highlights` is undefined while the audit is off; an empty list still shows the plain text. */
export function SourceText({ text, highlights }: { text: string; highlights: readonly TextRange[] | undefined }) {
  return highlights ? <HighlightedText text={text} ranges={highlights} /> : <SafeMarkdown text={text} />;
}
