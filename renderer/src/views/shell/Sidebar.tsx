// The left navigation: one button per section of the review loop.
import { useShallow } from 'zustand/react/shallow';
import { SECTIONS, type Section } from '../../store/slices/navigation';
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

export function Sidebar() {
  const { section, goTo } = useGavel(useShallow((s) => ({ section: s.section, goTo: s.goTo })));
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">Gavel</div>
      <ul>
        {SECTIONS.map((name) => (
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
