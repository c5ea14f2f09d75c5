// Sections of the loop this version doesn't have yet: say what they will hold, show nothing made up.
import { EmptyState } from '../../components/EmptyState';

export type PlannedSectionName = 'calibration' | 'export';

const PLANNED: Record<PlannedSectionName, { title: string; text: string }> = {
  calibration: {
    title: 'Calibration',
    text: 'Agreement between each judge version and your reviewers, with confidence intervals and confusion matrices, appears here once items have been reviewed. Nothing to calibrate yet.',
  },
  export: {
    title: 'Export',
    text: 'Few-shot sets built from the cases a judge got wrong, corrected by your reviewers, are exported from here. Nothing to export yet.',
  },
};

export function PlannedSection({ name }: { name: PlannedSectionName }) {
  const { title, text } = PLANNED[name];
  return (
    <section className="page">
      <h1>{title}</h1>
      <EmptyState>
        <p>{text}</p>
      </EmptyState>
    </section>
  );
}
