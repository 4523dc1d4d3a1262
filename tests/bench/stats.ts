/** Small statistics shared by the benchmarks: they print medians and percentiles, never assert. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function formatMs(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
}
