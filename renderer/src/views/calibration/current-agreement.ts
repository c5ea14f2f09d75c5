// The agreement of the version the overview describes, out of its history.
import type { AgreementResult, CalibrationOverview } from '../../../../shared/calibration';

export const currentAgreement = (overview: CalibrationOverview): AgreementResult | null =>
  overview.versions.find((entry) => entry.version === overview.version)?.agreement ?? null;
