// Response against expected response, word by word, on demand. The words stay text (spans), never
// HTML: both sides are untrusted.
import { diffWords } from 'diff';
import { useMemo, useState } from 'react';

function WordDiff({ expected, response }: { expected: string; response: string }) {
  const changes = useMemo(() => diffWords(expected, response), [expected, response]);
  return (
    <p className="word-diff" data-testid="response-diff">
      {changes.map((change, index) => (
        <span
          key={index}
          className={change.added ? 'diff-added' : change.removed ? 'diff-removed' : undefined}
          title={change.added ? 'only in the response' : change.removed ? 'only in the expected response' : undefined}
        >
          {change.value}
        </span>
      ))}
    </p>
  );
}

export function ResponseDiff({ expected, response }: { expected: string; response: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="detail-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Compare the response with the expected response</summary>
      {open && <WordDiff expected={expected} response={response} />}
    </details>
  );
}
