// Chat transcripts stored as text: a message list (`[{role, content}]`, or `{"messages": [...]}`
// as OpenAI, Anthropic, MLflow and LangSmith write requests), with content as a string or as
// content parts. Read so the desk shows turns and judges read a transcript, never raw JSON.

export interface Turn {
  role: string;
  text: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A content part's text: text parts as they are, other parts (images, tool calls) named by type. */
function partText(part: unknown): string | null {
  if (typeof part === 'string') return part;
  if (!isRecord(part)) return null;
  if (typeof part.text === 'string') return part.text;
  return typeof part.type === 'string' ? `[${part.type}]` : null;
}

function contentText(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return null;
  const parts = content.map(partText);
  return parts.every((p) => p !== null) ? parts.join('\n\n') : null;
}

function turnOf(message: unknown): Turn | null {
  if (!isRecord(message) || typeof message.role !== 'string') return null;
  const text = contentText(message.content);
  return text === null ? null : { role: message.role, text };
}

/**
 * The turns of a text holding a chat message list, or null when the text is anything else (so
 * callers show it as it is). Every message needs a role and readable content.
 */
export function conversationOf(text: string | null): Turn[] | null {
  if (text === null) return null;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const messages = isRecord(value) ? value.messages : value;
  if (!Array.isArray(messages) || messages.length === 0) return null;
  const turns = messages.map(turnOf);
  return turns.every((t) => t !== null) ? turns : null;
}

/** A conversation as plain lines a judge reads: `user: …`, `assistant: …`, one turn after another. */
export function transcriptOf(turns: readonly Turn[]): string {
  return turns.map((turn) => `${turn.role}: ${turn.text}`).join('\n\n');
}

/** The text as a judge should read it: a transcript when it holds a conversation, else as it is. */
export function readableText(text: string | null): string | null {
  const turns = conversationOf(text);
  return turns ? transcriptOf(turns) : text;
}
