// Which columns the import keeps only as metadata or ignores: nothing is dropped in silence.
import type { ColumnUse } from '../../../../shared/domain';

const LEFT_OVER: readonly { use: ColumnUse['use']; title: string }[] = [
  { use: 'metadata', title: 'Kept only as item metadata' },
  { use: 'ignored', title: 'Ignored' },
];

export function ColumnUses({ uses }: { uses: readonly ColumnUse[] }) {
  const groups = LEFT_OVER.map((g) => ({ ...g, columns: uses.filter((u) => u.use === g.use) })).filter(
    (g) => g.columns.length > 0,
  );
  if (groups.length === 0) return null;
  return (
    <div className="column-uses" data-testid="import-column-uses">
      {groups.map((g) => (
        <p key={g.use} data-testid={`import-columns-${g.use}`}>
          <span className="strong">{g.title}:</span>{' '}
          {g.columns.map((u, i) => (
            <span key={u.column} title={u.detail}>
              {i > 0 && ', '}
              {u.column}
              {g.use === 'ignored' && <span className="muted"> ({u.detail})</span>}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
