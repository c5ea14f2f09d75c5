// One proposed guideline: the theme it answers, its diff of the instructions, the experts' rationales
// it came from, and the expert's decision (accept, edit the wording, or reject).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Proposal } from '../../../../shared/align';
import { useGavel } from '../../store/store-context';
import { PROPOSAL_STATUS_LABELS } from './align-wording';
import { GuidelineDiff } from './GuidelineDiff';

const STATUS_TONES = { proposed: '', accepted: 'tone-pass', rejected: 'tone-fail' } as const;

export function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { deciding, decide } = useGavel(
    useShallow((s) => ({ deciding: s.align.deciding === proposal.id, decide: s.decideProposal })),
  );
  const wording = proposal.edited ?? proposal.guideline;
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <li className="proposal-card" data-testid="proposal" data-status={proposal.status}>
      <header className="proposal-header">
        <span className="muted small">{proposal.theme}</span>
        <span className={`badge ${STATUS_TONES[proposal.status]}`} data-testid="proposal-status">
          {PROPOSAL_STATUS_LABELS[proposal.status]}
          {proposal.edited !== null && ' (edited)'}
        </span>
      </header>
      <p className="proposal-guideline" data-testid="proposal-guideline">
        {wording}
      </p>
      <GuidelineDiff parts={proposal.diff} />
      {proposal.rationales.length > 0 && (
        <details className="proposal-rationales">
          <summary>
            From {proposal.rationales.length === 1 ? 'one rationale' : `${proposal.rationales.length} rationales`}
          </summary>
          <ul>
            {proposal.rationales.map((rationale, index) => (
              <li key={index}>
                <span className="muted small">{rationale.itemKey}: </span>
                {rationale.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {draft === null ? (
        <div className="form-row">
          <button
            type="button"
            className="primary"
            disabled={deciding || proposal.status === 'accepted'}
            onClick={() => void decide(proposal.id, 'accept')}
          >
            Accept
          </button>
          <button type="button" disabled={deciding} onClick={() => setDraft(wording)}>
            Edit
          </button>
          <button
            type="button"

            disabled={deciding || proposal.status === 'rejected'}
            onClick={() => void decide(proposal.id, 'reject')}
          >
            Reject
          </button>
        </div>
      ) : (
        <form
          className="proposal-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void decide(proposal.id, 'edit', draft).then(() => setDraft(null));
          }}
        >
          <textarea
            aria-label="Guideline wording"
            data-testid="proposal-edit-text"
            value={draft}
            rows={2}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="form-row">
            <button type="submit" className="primary" disabled={deciding || draft.trim() === ''}>
              Save and accept
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
