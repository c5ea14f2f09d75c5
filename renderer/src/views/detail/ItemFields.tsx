// An item's own fields as safe text: request (as turns when it is a conversation), response, expected response, facts, guidelines,
// retrieved context (with per-chunk verdicts), metadata. `children` go before the metadata.
// With `highlights` (the review desk's justification audit, while on), the response, the expected
// response and the context chunks show as plain text with the cited passages marked.
import type { ReactNode } from 'react';
import type { ItemDetail } from '../../../../shared/domain';
import { highlightsFor, type AuditHighlights } from '../../audit/item-audit';
import { ContextChunks } from './ContextChunks';
import { DetailSection } from './DetailSection';
import { GuidelinesList } from './GuidelinesList';
import { MarkdownField } from './MarkdownField';
import { MetadataTable } from './MetadataTable';
import { RequestField } from './RequestField';

interface Props {
  item: ItemDetail;
  highlights?: AuditHighlights;
  children?: ReactNode;
}

export function ItemFields({ item, highlights, children }: Props) {
  return (
    <>
      <RequestField text={item.request} testId="detail-request" />
      <MarkdownField
        title="Response"
        text={item.response}
        testId="detail-response"
        highlights={highlightsFor(highlights, 'response')}
      />
      <MarkdownField
        title="Expected response"
        text={item.expected_response}
        testId="detail-expected"
        highlights={highlightsFor(highlights, 'expected_response')}
      />
      {item.expected_facts && item.expected_facts.length > 0 && (
        <DetailSection title="Expected facts">
          <ul className="bullets">
            {item.expected_facts.map((fact, index) => (
              <li key={index}>{fact}</li>
            ))}
          </ul>
        </DetailSection>
      )}
      {item.guidelines && (
        <DetailSection title="Guidelines">
          <GuidelinesList guidelines={item.guidelines} />
        </DetailSection>
      )}
      {item.retrieved_context && item.retrieved_context.length > 0 && (
        <DetailSection title="Retrieved context">
          <ContextChunks chunks={item.retrieved_context} judgments={item.judgments} highlights={highlights} />
        </DetailSection>
      )}
      {children}
      {Object.keys(item.metadata).length > 0 && (
        <DetailSection title="Metadata">
          <MetadataTable metadata={item.metadata} />
        </DetailSection>
      )}
    </>
  );
}
