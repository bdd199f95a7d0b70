/**
 * A tiny benchmark harness: each bench file exports `default async (h: Bench) => void`, registers
 * cases with `h.time(...)` or `h.record(...)`, and scripts/bench.mjs prints one table for all files.
 * Every timed case names a baseline measured in the same process, so the table also prints a ratio
 * that does not depend on how fast this machine happens to be today.
 */
export interface BenchRow {
  group: string;
  name: string;
  /** Median wall time in ms (or undefined for a row that only records a number). */
  ms?: number;
  /** Peak heap growth in MB during the case, where measured. */
  peakMb?: number;
  /** Name of the baseline row in the same group this row is compared with. */
  baseline?: string;
  /** Target, e.g. "< 1000 ms" or "≤ 3× baseline"; shown, and checked by `pass`. */
  target?: string;
  /** Any extra figure (syncs, bytes, KB) with its unit. */
  value?: number;
  unit?: string;
  /** Whether the target held (undefined when there is no target). */
  pass?: boolean;
}

export interface TimeOptions {
  /** Repetitions; the median is reported. */
  runs?: number;
  baseline?: string;
  /** Upper bound in ms. */
  maxMs?: number;
  /** Upper bound on ms / baseline ms. */
  maxRatio?: number;
  /** Lower bound on baseline ms / ms (a speed-up), e.g. 20 for "at least 20× faster". */
  minSpeedup?: number;
}

export interface Bench {
  /** Times fn (after one warm-up run) and records the median. `setup` runs before each run, untimed. */
  time<T>(
    group: string,
    name: string,
    fn: (input: T) => unknown,
    options?: TimeOptions & { setup?: () => T },
  ): Promise<BenchRow>;
  /**
   * Records the median of times measured elsewhere (in a browser page), with the same baseline and targets as
   * `time`, so a browser figure sits in the table like any other.
   */
  timed(group: string, name: string, times: number[], options?: TimeOptions & { peakMb?: number }): BenchRow;
  /** Records a measured number (syncs, bytes, …) with an optional upper bound. */
  record(group: string, name: string, value: number, unit: string, max?: number): BenchRow;
  rows: BenchRow[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function createBench(): Bench {
  const rows: BenchRow[] = [];
  const find = (group: string, name: string) => rows.find((r) => r.group === group && r.name === name);
  const timed: Bench["timed"] = (group, name, times, options = {}) => {
    const ms = median(times);
    const row: BenchRow = { group, name, ms, peakMb: options.peakMb, baseline: options.baseline };
    const checks: boolean[] = [];
    const targets: string[] = [];
    if (options.maxMs !== undefined) {
      targets.push(`< ${options.maxMs} ms`);
      checks.push(ms < options.maxMs);
    }
    const base = options.baseline ? find(group, options.baseline) : undefined;
    if (options.baseline && !base)
      throw new Error(`bench: baseline "${options.baseline}" not measured before "${name}"`);
    if (options.maxRatio !== undefined && base?.ms) {
      targets.push(`≤ ${options.maxRatio}× base`);
      checks.push(ms / base.ms <= options.maxRatio);
    }
    if (options.minSpeedup !== undefined && base?.ms) {
      targets.push(`≥ ${options.minSpeedup}× faster`);
      checks.push(base.ms / ms >= options.minSpeedup);
    }
    if (targets.length) {
      row.target = targets.join(", ");
      row.pass = checks.every(Boolean);
    }
    rows.push(row);
    return row;
  };
  return {
    rows,
    timed,
    async time(group, name, fn, options = {}) {
      const runs = options.runs ?? 3;
      const gc = (globalThis as { gc?: () => void }).gc;
      const times: number[] = [];
      let peak = 0;
      for (let i = 0; i <= runs; i++) {
        const input = options.setup ? options.setup() : (undefined as never);
        gc?.();
        const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
        const t0 = performance.now();
        await fn(input);
        const dt = performance.now() - t0;
        const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
        peak = Math.max(peak, (after - before) / 2 ** 20);
        if (i > 0) times.push(dt); // run 0 warms up the JIT
      }
      return timed(group, name, times, { ...options, peakMb: peak });
    },
    record(group, name, value, unit, max) {
      const row: BenchRow = { group, name, value, unit };
      if (max !== undefined) {
        row.target = `≤ ${max} ${unit}`;
        row.pass = value <= max;
      }
      rows.push(row);
      return row;
    },
  };
}
