// Summaries of repeated measurements.

/** Nearest-rank percentile (p in 0–100) of the values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

/** « p95 123 · min 100 · max 150 · n=7 » for a notes cell. */
export function spread(values: readonly number[], digits = 0): string {
  const f = (v: number) => v.toFixed(digits);
  return `p95 ${f(percentile(values, 95))} · min ${f(Math.min(...values))} · max ${f(Math.max(...values))} · n=${values.length}`;
}
