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
