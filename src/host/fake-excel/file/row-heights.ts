import type { RowHeightRun } from "../state";

/**
 * Adds a row's own height to `runs`, kept in row order: the last run grows when the row follows it with the same
 * height, so a sheet whose every row was given one height (common in files from WPS) is one run, not a million
 * entries. Rows come in ascending order (§18.3.1.73 r); one that does not is placed by sorting.
 */
export function addRowHeight(runs: RowHeightRun[], row: number, height: number): void {
  const last = runs[runs.length - 1];
  if (last && last.from + last.count === row && last.height === height) last.count++;
  else {
    runs.push({ from: row, count: 1, height });
    if (last && row < last.from) runs.sort((a, b) => a.from - b.from);
  }
}

/** The row after the last one with a height of its own; 0 for none. */
export function rowHeightsEnd(runs: readonly RowHeightRun[]): number {
  return runs.reduce((end, r) => Math.max(end, r.from + r.count), 0);
}

/** Rows' heights looked up in ascending row order (as the saver walks them), one step along the runs at a time. */
export class RowHeightCursor {
  private index = 0;
  private last = -1;

  constructor(private readonly runs: readonly RowHeightRun[]) {}

  /** The height of `row` in points, undefined for a row without one. */
  at(row: number): number | undefined {
    if (row < this.last) this.index = 0;
    this.last = row;
    const { runs } = this;
    while (this.index < runs.length && runs[this.index].from + runs[this.index].count <= row) this.index++;
    const run = runs[this.index];
    return run && run.from <= row ? run.height : undefined;
  }
}
