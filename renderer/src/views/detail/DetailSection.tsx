// A titled block of the item detail.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  testId?: string;
  children: ReactNode;
}

export function DetailSection({ title, testId, children }: Props) {
  return (
    <section className="detail-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
