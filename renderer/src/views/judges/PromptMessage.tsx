// One message of a judge prompt, verbatim.
import type { PromptPreview } from '../../../../shared/contract';

type Role = 'system' | PromptPreview['requests'][number]['messages'][number]['role'];

const ROLE_LABELS: Record<Role, string> = { system: 'System', user: 'User', assistant: 'Assistant' };

export function PromptMessage({ role, content }: { role: Role; content: string }) {
  return (
    <div className={`prompt-message role-${role}`} data-testid="judge-preview-message" data-role={role}>
      <div className="prompt-role">{ROLE_LABELS[role]}</div>
      <pre className="raw-text">{content}</pre>
    </div>
  );
}
