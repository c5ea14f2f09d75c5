// Side-by-side mode (`p`): two candidate models' answers to the item, A | B, with the pairwise
// judge's verdict and my preference beneath.
import type { SideBySide as Shown } from '../../store/side-by-side';
import { PairPreference } from './PairPreference';
import { ResponsePane } from './ResponsePane';

export function SideBySide({ shown }: { shown: Shown }) {
  const [a, b] = shown.kind === 'judged' ? [shown.pair.a, shown.pair.b] : [shown.a, shown.b];
  return (
    <section
      className="side-by-side"
      data-testid="side-by-side"
      data-judge={shown.kind === 'judged' ? shown.judgment.judge : undefined}
      aria-label="Answers side by side"
    >
      <div className="review-columns">
        <ResponsePane side="A" response={a} />
        <ResponsePane side="B" response={b} />
      </div>
      {shown.kind === 'judged' ? (
        <PairPreference key={shown.judgment.id} judgment={shown.judgment} />
      ) : (
        <p className="muted" role="note" data-testid="side-by-side-unjudged">
          {shown.of > 2 && `The first two of ${shown.of} candidate answers. `}
          No pairwise verdict on these answers is under review, so there is nothing to confirm or override. A preference
          is a label on a pairwise judge’s verdict, which fixes what A and B are:{' '}
          {`run a pairwise judge over run #${a.runId} (A) and run #${b.runId} (B) from Runs`} (and include that judge in
          the session, if one is open), and its verdict appears here.
        </p>
      )}
    </section>
  );
}
