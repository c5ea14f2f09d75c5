// An untrusted text field of the item (request, response, expected response) as safe markdown, or
// as plain text with the justification audit's marks while the audit is on.
import type { TextRange } from '../../audit/text-segments';
import { SourceText } from '../../components/SourceText';
import { DetailSection } from './DetailSection';

interface Props {
  title: string;
  text: string | null;
  testId: string;
  highlights?: readonly TextRange[];
}

export function MarkdownField({ title, text, testId, highlights }: Props) {
  return (
    <DetailSection title={title} testId={testId}>
      {text === null || text === '' ? (
        <p className="muted">None</p>
      ) : (
        <SourceText text={text} highlights={highlights} />
      )}
    </DetailSection>
  );
}
