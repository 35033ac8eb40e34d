/** Small statistics helpers shared by the benchmarks. */

/** The p-th percentile (0–100) of the samples, by nearest rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: number[]): number => percentile(samples, 50);

/** Rounds a figure to 3 decimals so the JSON stays readable. */
export const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the samples in ms. */
export async function sample(
  fn: () => unknown | Promise<unknown>,
  { warmup = 5, runs = 30 }: { warmup?: number; runs?: number } = {},
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
