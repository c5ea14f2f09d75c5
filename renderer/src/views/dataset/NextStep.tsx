// What to do next with a dataset, so nobody lands on a table wondering what Gavel is for: import
// items, run a judge, review its verdicts, then see how far each judge can be trusted.
import type { DatasetSummary } from '../../../../shared/domain';
import type { Section } from '../../store/slices/shell/navigation';

interface Step {
  text: string;
  action: string;
  section: Section;
}

export function nextStep(dataset: DatasetSummary): Step {
  if (dataset.items === 0)
    return { text: 'This dataset has no items yet.', action: 'Import a file', section: 'datasets' };
  if (dataset.judges.length === 0)
    return {
      text: 'No judge has scored these items yet. Run a judge on them (or import a file that carries verdicts).',
      action: 'Run a judge',
      section: 'runs',
    };
  if (Object.keys(dataset.reviewed).length === 0)
    return {
      text: 'The judges have spoken; no expert has reviewed a verdict yet. Confirm or override them on the review desk.',
      action: 'Review verdicts',
      section: 'review',
    };
  return {
    text: 'Experts have reviewed some verdicts. See how far each judge agrees with them.',
    action: 'Open calibration',
    section: 'calibration',
  };
}

export function NextStep({ dataset, goTo }: { dataset: DatasetSummary; goTo: (section: Section) => void }) {
  const step = nextStep(dataset);
  return (
    <div className="next-step" data-testid="next-step">
      <span>{step.text}</span>
      <button type="button" onClick={() => goTo(step.section)}>
        {step.action}
      </button>
    </div>
  );
}
