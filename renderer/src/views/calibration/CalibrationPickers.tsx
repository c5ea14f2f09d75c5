// Which judge (and version) is calibrated, against whose labels (the consensus unless one reviewer is chosen).
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';

export function CalibrationPickers({ judges }: { judges: string[] }) {
  const { judge, version, versions, reviewer, reviewers, chooseJudge, chooseVersion, chooseReviewer } = useGavel(
    useShallow((s) => ({
      judge: s.calibration.judge,
      version: s.calibration.version,
      versions: s.calibration.overview?.versions,
      reviewer: s.calibration.reviewer,
      reviewers: s.calibration.reviewers,
      chooseJudge: s.chooseCalibrationJudge,
      chooseVersion: s.chooseCalibrationVersion,
      chooseReviewer: s.chooseCalibrationReviewer,
    })),
  );
  return (
    <div className="form-row">
      <Field label="Judge">
        <select
          data-testid="calibration-judge"
          value={judge ?? ''}
          onChange={(event) => void chooseJudge(event.target.value)}
        >
          {judge === null && <option value="">— choose —</option>}
          {judges.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Version">
        <select
          data-testid="calibration-version"
          value={version ?? ''}
          onChange={(event) => void chooseVersion(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">Newest with verdicts</option>
          {versions?.map((entry) => (
            <option key={entry.version} value={entry.version} disabled={entry.agreement === null}>
              v{entry.version}
              {entry.agreement === null ? ' (no human decisions)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Compared with">
        <select
          data-testid="calibration-reviewer"
          value={reviewer ?? ''}
          onChange={(event) => void chooseReviewer(event.target.value || null)}
        >
          <option value="">Consensus of all reviewers</option>
          {reviewers.map((name) => (
            <option key={name} value={name}>
              {name} only
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
