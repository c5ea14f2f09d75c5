// The audit of one judge's justification against the item it judged: its citations, and the ranges
// to highlight in each of the item's fields.
import type { ItemDetail } from '../../../shared/domain';
import { locateQuotes, type Citation, type CitationSource } from './locate-quotes';
import type { TextRange } from './text-segments';

/** Ranges to highlight, per source; present (even empty) exactly while the audit is on. */
export type AuditHighlights = ReadonlyMap<CitationSource, TextRange[]>;

export function auditJustification(justification: string, item: ItemDetail): Citation[] {
  return locateQuotes(justification, {
    response: item.response,
    expected_response: item.expected_response,
    context: (item.retrieved_context ?? []).map((chunk) => chunk.content),
  }).citations;
}

export function auditHighlights(citations: Citation[]): AuditHighlights {
  const highlights = new Map<CitationSource, TextRange[]>();
  for (const { source, start, end } of citations.flatMap((citation) => citation.found)) {
    highlights.set(source, [...(highlights.get(source) ?? []), { start, end }]);
  }
  return highlights;
}

/** Where a citation was found, in the reviewer's words. */
export function describeSource(source: CitationSource): string {
  if (source === 'response') return 'the response';
  if (source === 'expected_response') return 'the reference';
  return `context chunk ${Number(source.slice('context:'.length)) + 1}`;
}

const NOTHING_FOUND: TextRange[] = [];

/** A source's ranges while the audit is on (none found: an empty list), undefined while it is off. */
export function highlightsFor(
  highlights: AuditHighlights | undefined,
  source: CitationSource,
): TextRange[] | undefined {
  return highlights ? (highlights.get(source) ?? NOTHING_FOUND) : undefined;
}
