// A judge's versions as chart points: accuracy and κ with their intervals as error bars, which
// recharts draws from [below, above] distances to the value.
import type { Interval, VersionAgreement } from '../../../../shared/calibration';

export interface VersionPoint {
  version: string;
  n: number;
  accuracy: number | null;
  accuracyError: [number, number] | null;
  kappa: number | null;
  kappaError: [number, number] | null;
}

function errorOf(value: number | null, interval: Interval): [number, number] | null {
  if (value === null || interval.lower === null || interval.upper === null) return null;
  return [Math.max(0, value - interval.lower), Math.max(0, interval.upper - value)];
}

/** Versions without paired verdicts have no point to draw. */
export function versionPoints(versions: VersionAgreement[]): VersionPoint[] {
  return versions.flatMap(({ version, agreement }) => {
    if (!agreement) return [];
    const { accuracy, kappa } = agreement.binary;
    return [
      {
        version: `v${version}`,
        n: agreement.n,
        accuracy,
        accuracyError: errorOf(accuracy, agreement.ci.binary.accuracy),
        kappa,
        kappaError: errorOf(kappa, agreement.ci.binary.kappa),
      },
    ];
  });
}

/** The chart's value axis: from 0 (or lower, in quarters, where κ or an interval dips below it) to 1. */
export function valueTicks(points: VersionPoint[]): number[] {
  const lows = points.flatMap((point) => [
    point.accuracy === null ? 0 : point.accuracy - (point.accuracyError?.[0] ?? 0),
    point.kappa === null ? 0 : point.kappa - (point.kappaError?.[0] ?? 0),
  ]);
  const floor = Math.max(-1, Math.min(0, Math.floor(Math.min(0, ...lows) * 4) / 4));
  const ticks: number[] = [];
  for (let quarter = floor * 4; quarter <= 4; quarter++) ticks.push(quarter / 4);
  return ticks;
}
