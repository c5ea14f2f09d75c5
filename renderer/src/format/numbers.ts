// Numbers as people read them: scores, money, tokens, rates and durations.

/** A score or statistic: at most two decimals, no trailing zeros. */
export const formatNumber = (value: number): string => String(Math.round(value * 100) / 100);

/** `+0.25`, `−1.5`, `0`: the sign always shown, so a difference reads as one. */
export function formatSigned(value: number, format: (value: number) => string = formatNumber): string {
  if (value === 0) return format(0);
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

/** US dollars; fractions of a cent keep enough digits to be seen. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0';
  return usd < 0.01 ? `$${usd.toPrecision(2)}` : `$${usd.toFixed(2)}`;
}

export const formatCount = (count: number): string => count.toLocaleString();

/** A ratio 0..1 as a percentage with one decimal. */
export const formatPercent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;

export function formatLatency(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${formatNumber(ms / 1000)} s`;
}

/** `45 s`, `3 min 20 s`, `2 h 5 min`: an ETA reads in its two largest units. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${whole % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
