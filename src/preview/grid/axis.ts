/** Rows (or columns) `from` … `from + count - 1`, each `size` pixels (0: hidden). */
export interface SizeRun {
  readonly from: number;
  readonly count: number;
  readonly size: number;
}

/**
 * The rows or the columns of a grid along one direction: how many, where each starts in pixels, which are
 * hidden. Sizes are the default but for a few runs (rows' own heights, hidden rows), so a position is found by
 * a binary search over the runs with their running sums (a prefix sum over runs), never a walk over a
 * million rows: every scroll asks for them.
 */
export class Axis {
  /** Pixels the runs before run i add to (or take from) the default sizes. */
  private readonly extra: number[] = [];
  /** Where run i starts, in pixels. */
  private readonly starts: number[] = [];

  /**
   * @param runs in order, not overlapping (axisRuns builds them)
   * @param count how many rows or columns there are
   * @param defaultSize pixels of one outside every run
   */
  constructor(
    private readonly runs: readonly SizeRun[],
    readonly count: number,
    readonly defaultSize: number,
  ) {
    let extra = 0;
    for (const run of runs) {
      this.extra.push(extra);
      this.starts.push(run.from * defaultSize + extra);
      extra += run.count * (run.size - defaultSize);
    }
  }

  /** The last run starting at or before index i, or -1. */
  private runAtOrBefore(i: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].from <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Where index i starts, in pixels (i = count gives the total). */
  offset(i: number): number {
    const j = this.runAtOrBefore(i);
    if (j < 0) return i * this.defaultSize;
    const run = this.runs[j];
    if (i < run.from + run.count) return this.starts[j] + (i - run.from) * run.size;
    return i * this.defaultSize + this.extra[j] + run.count * (run.size - this.defaultSize);
  }

  size(i: number): number {
    const j = this.runAtOrBefore(i);
    const run = j < 0 ? undefined : this.runs[j];
    return run && i < run.from + run.count ? run.size : this.defaultSize;
  }

  /** The length of the whole axis in pixels. */
  total(): number {
    return this.offset(this.count);
  }

  /** The index drawn at pixel `px` (clamped to the axis); a hidden one never is. */
  indexAt(px: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let j = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= px) {
        j = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let i: number;
    if (j < 0) i = Math.floor(px / this.defaultSize);
    else {
      const run = this.runs[j];
      const end = this.starts[j] + run.count * run.size;
      i =
        px < end
          ? run.from + Math.floor((px - this.starts[j]) / run.size)
          : run.from + run.count + Math.floor((px - end) / this.defaultSize);
    }
    return Math.min(Math.max(i, 0), this.count - 1);
  }

  /** The first index from i on (step 1) or back (step -1) that is not hidden; undefined when there is none. */
  nextShown(i: number, step: 1 | -1): number | undefined {
    while (i >= 0 && i < this.count) {
      const j = this.runAtOrBefore(i);
      const run = j < 0 ? undefined : this.runs[j];
      if (!run || i >= run.from + run.count || run.size > 0) return i;
      i = step > 0 ? run.from + run.count : run.from - 1; // over the whole hidden run at once
    }
    return undefined;
  }
}
