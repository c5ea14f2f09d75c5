// A chat transcript as turns, each role labelled and its text as safe markdown.
import type { Turn } from '../../../shared/conversation';
import { SafeMarkdown } from './SafeMarkdown';

/** Roles with their own look; any other role (an untrusted string) shows with the neutral one. */
const STYLED_ROLES = new Set(['system', 'user', 'assistant', 'tool']);

export function Conversation({ turns }: { turns: readonly Turn[] }) {
  return (
    <ol className="conversation" data-testid="conversation">
      {turns.map((turn, index) => (
        <li
          key={index}
          className={`turn turn-${STYLED_ROLES.has(turn.role) ? turn.role : 'other'}`}
          data-testid="conversation-turn"
        >
          <div className="turn-role">{turn.role}</div>
          {turn.text === '' ? <p className="muted">(no text)</p> : <SafeMarkdown text={turn.text} />}
        </li>
      ))}
    </ol>
  );
}
