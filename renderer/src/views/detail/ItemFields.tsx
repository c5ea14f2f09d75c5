// An item's own fields as safe text: request, response, expected response, facts, guidelines,
// retrieved context (with per-chunk verdicts), metadata. `children` go before the metadata.
import type { ReactNode } from 'react';
import type { ItemDetail } from '../../../../shared/domain';
import { ContextChunks } from './ContextChunks';
import { DetailSection } from './DetailSection';
import { GuidelinesList } from './GuidelinesList';
import { MarkdownField } from './MarkdownField';
import { MetadataTable } from './MetadataTable';

export function ItemFields({ item, children }: { item: ItemDetail; children?: ReactNode }) {
  return (
    <>
      <MarkdownField title="Request" text={item.request} testId="detail-request" />
      <MarkdownField title="Response" text={item.response} testId="detail-response" />
      <MarkdownField title="Expected response" text={item.expected_response} testId="detail-expected" />
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
          <ContextChunks chunks={item.retrieved_context} judgments={item.judgments} />
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
