// The justification audit's findings in a verdict card: each passage the justification quotes or
// closely paraphrases, and where it was found, or a warning that the sources hold no such text.
import type { Citation } from '../../audit/locate-quotes';
import { describeSource } from '../../audit/item-audit';

function whereFound(citation: Citation): string {
  const sources = [...new Set(citation.found.map((range) => range.source))];
  return `found in ${sources.map(describeSource).join(', ')}`;
}

export function AuditCitations({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) {
    return (
      <p className="muted small" data-testid="audit-citations">
        The justification quotes nothing and closely paraphrases no source.
      </p>
    );
  }
  return (
    <ul className="audit-citations" data-testid="audit-citations">
      {citations.map((citation, index) => {
        const found = citation.found.length > 0;
        return (
          <li
            key={index}
            className={found ? 'audit-citation' : 'audit-citation unsupported'}
            data-testid="audit-citation"
            data-found={found ? 'true' : 'false'}
            data-kind={citation.kind}
          >
            <span aria-hidden="true">{found ? '✓' : '⚠'}</span>{' '}
            {citation.kind === 'quote' ? <q>{citation.text}</q> : <span>Paraphrase: {citation.text}</span>}{' '}
            <span className={found ? 'muted' : 'audit-unsupported'}>
              {found ? whereFound(citation) : 'not found in the response, the reference or the context'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
