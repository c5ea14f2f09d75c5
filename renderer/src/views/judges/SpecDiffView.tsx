// What changed between two versions, field by field; long texts (the instructions) line by line.
import type { SpecDiffEntry } from '../../../../shared/contract';
import { useGavel } from '../../store/store-context';

type DiffKind = 'added' | 'removed' | 'same';

const SIGNS: Record<DiffKind, string> = { added: '+', removed: '−', same: ' ' };

/** Each changed run of lines split into its lines, so every line carries its own sign. */
function diffRows(lines: NonNullable<SpecDiffEntry['lines']>): { kind: DiffKind; text: string }[] {
  return lines.flatMap((run) => {
    const kind: DiffKind = run.added ? 'added' : run.removed ? 'removed' : 'same';
    return run.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }));
  });
}

function DiffLines({ lines }: { lines: NonNullable<SpecDiffEntry['lines']> }) {
  return (
    <pre className="diff-lines">
      {diffRows(lines).map((row, index) => (
        <div key={index} className={`diff-line diff-${row.kind}`}>
          <span className="diff-sign" aria-label={row.kind === 'same' ? undefined : row.kind}>
            {SIGNS[row.kind]}
          </span>
          {row.text}
        </div>
      ))}
    </pre>
  );
}

function DiffEntry({ entry }: { entry: SpecDiffEntry }) {
  return (
    <section className="diff-entry" data-field={entry.field}>
      <h3>{entry.field}</h3>
      {entry.lines ? (
        <DiffLines lines={entry.lines} />
      ) : (
        <div className="diff-values">
          <pre className="raw-text diff-removed" aria-label="before">
            {entry.before || '(empty)'}
          </pre>
          <span aria-hidden="true">→</span>
          <pre className="raw-text diff-added" aria-label="after">
            {entry.after || '(empty)'}
          </pre>
        </div>
      )}
    </section>
  );
}

export function SpecDiffView() {
  const versions = useGavel((s) => s.versions);
  const { from, to, diff, diffing } = versions;
  const number = (id: number | null) => versions.versions.find((version) => version.id === id)?.version;

  return (
    <div className="spec-diff" data-testid="judge-diff" aria-live="polite">
      {versions.versions.length < 2 ? (
        <p className="muted">Only one version so far: save a change to compare versions.</p>
      ) : from === null || to === null || from === to ? (
        <p className="muted">Pick two different versions to compare.</p>
      ) : (
        <>
          <h2>
            v{number(from)} → v{number(to)}
          </h2>
          {diffing && <p className="muted">Comparing…</p>}
          {diff?.length === 0 && <p className="muted">No differences.</p>}
          {diff?.map((entry) => (
            <DiffEntry key={entry.field} entry={entry} />
          ))}
        </>
      )}
    </div>
  );
}
