// Untrusted text with some ranges marked, for the justification audit: the text stays text (React
// escapes every piece), split into <mark> and plain spans; it is never parsed as markdown or HTML,
// so the marked characters are exactly the ones located in the source as written.
import { useMemo } from 'react';
import { textSegments, type TextRange } from '../audit/text-segments';

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const segments = useMemo(() => textSegments(text, ranges), [text, ranges]);
  return (
    <p className="highlighted-text" data-testid="highlighted-text">
      {segments.map((segment, index) =>
        segment.marked ? (
          <mark key={index} data-testid="audit-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
