// The item's request: a chat message list shows as its turns, any other text as safe markdown.
import { useMemo } from 'react';
import { conversationOf } from '../../../../shared/conversation';
import { Conversation } from '../../components/Conversation';
import { DetailSection } from './DetailSection';
import { MarkdownField } from './MarkdownField';

export function RequestField({ text, testId }: { text: string | null; testId: string }) {
  const turns = useMemo(() => conversationOf(text), [text]);
  if (turns === null) return <MarkdownField title="Request" text={text} testId={testId} />;
  return (
    <DetailSection title={`Conversation (${turns.length} turns)`} testId={testId}>
      <Conversation turns={turns} />
    </DetailSection>
  );
}
