// What a view says when it has nothing to show yet: what will be here, and how it gets here.
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      {title && <h2>{title}</h2>}
      {children}
    </div>
  );
}
