// An untrusted text field of the item (request, response, expected response) as safe markdown.
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { DetailSection } from './DetailSection';

export function MarkdownField({ title, text, testId }: { title: string; text: string | null; testId: string }) {
  return (
    <DetailSection title={title} testId={testId}>
      {text === null || text === '' ? <p className="muted">None</p> : <SafeMarkdown text={text} />}
    </DetailSection>
  );
}
