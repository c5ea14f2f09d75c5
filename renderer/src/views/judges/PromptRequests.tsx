// The requests of a prompt preview, message by message and verbatim (numbered when there are several,
// as for per-chunk judges).
import type { PromptPreview } from '../../../../shared/contract';
import { PromptMessage } from './PromptMessage';

export function PromptRequests({ requests }: { requests: PromptPreview['requests'] }) {
  return requests.map((request, index) => (
    <section key={index} className="prompt-request" aria-label={`Request ${index + 1}`}>
      {requests.length > 1 && (
        <h3>
          Request {index + 1} of {requests.length}
        </h3>
      )}
      <PromptMessage role="system" content={request.system} />
      {request.messages.map((message, at) => (
        <PromptMessage key={at} role={message.role} content={message.content} />
      ))}
    </section>
  ));
}
