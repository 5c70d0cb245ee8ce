/** Small timing helpers shared by the benchmarks. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** Per-call latencies of `fn` over `inputs`, after a warm-up pass. */
export function latencies<T>(inputs: T[], fn: (input: T) => unknown): number[] {
  for (const input of inputs.slice(0, 50)) fn(input);
  return inputs.map((input) => {
    const started = performance.now();
    fn(input);
    return performance.now() - started;
  });
}

export const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(1));

export const median = (values: number[]): number => percentile(values, 50);

/**
 * A seeded generator in [0, 1) (mulberry32), so every run draws the same inputs. The old
 * `x * 1103515245 % 2 ** 31` lost bits past 2 ** 53 and fell into a short cycle: 10,000 fuzzed
 * messages held only 236 distinct texts, 3 of them long /ask questions.
 */
export { seeded } from '../test/helpers/fuzz.js';
