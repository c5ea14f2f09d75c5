// The left navigation: one button per section of the review loop.
import { useShallow } from 'zustand/react/shallow';
import type { Channel } from '../../../../shared/channels';
import { can } from '../../store/slices/shell/access';
import { SECTIONS, type Section } from '../../store/slices/shell/navigation';
import { useGavel } from '../../store/store-context';

const SECTION_LABELS: Record<Section, string> = {
  datasets: 'Datasets',
  judges: 'Judges',
  runs: 'Runs',
  review: 'Review',
  calibration: 'Calibration',
  export: 'Export',
  settings: 'Settings',
};

/** The channel a section cannot work without: a section the caller may not use it for is not offered. */
const SECTION_NEEDS: Record<Section, Channel> = {
  datasets: 'datasets.list',
  judges: 'judges.save',
  runs: 'runs.list',
  review: 'review.queue',
  calibration: 'calibration.overview',
  export: 'export.build',
  settings: 'providers.list',
};

export function Sidebar() {
  const { section, goTo, access } = useGavel(
    useShallow((s) => ({ section: s.section, goTo: s.goTo, access: s.access })),
  );
  const sections = SECTIONS.filter((name) => can({ access }, SECTION_NEEDS[name]));
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">Gavel</div>
      <ul>
        {sections.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="nav-item"
              data-testid={`nav-${name}`}
              aria-current={section === name ? 'page' : undefined}
              onClick={() => goTo(name)}
            >
              {SECTION_LABELS[name]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
