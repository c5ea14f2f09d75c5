import { describe, expect, it } from 'vitest';
import { conversationOf, readableText } from '../../../shared/conversation';

describe('conversationOf', () => {
  it('reads OpenAI and Anthropic message lists, bare or under "messages", with content parts', () => {
    const openai = [
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: 'x' } },
        ],
      },
      { role: 'assistant', content: null, tool_calls: [] },
    ];
    expect(conversationOf(JSON.stringify(openai))).toEqual([
      { role: 'system', text: 'Be brief.' },
      { role: 'user', text: 'What is this?\n\n[image_url]' },
      { role: 'assistant', text: '' },
    ]);
    const anthropic = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] };
    expect(conversationOf(JSON.stringify(anthropic))).toEqual([{ role: 'user', text: 'Hi' }]);
  });

  it('leaves anything else as text: prose, other JSON, a message without a role', () => {
    expect(conversationOf('What is MLflow?')).toBeNull();
    expect(conversationOf('{"question": "q"}')).toBeNull();
    expect(conversationOf('[{"content": "no role"}]')).toBeNull();
    expect(conversationOf('[]')).toBeNull();
    expect(conversationOf('[not json')).toBeNull();
    expect(readableText('[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]')).toBe(
      'user: Hi\n\nassistant: Hello',
    );
    expect(readableText('plain')).toBe('plain');
  });
});
