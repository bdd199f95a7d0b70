/**
 * What a row's or a column's own style gives the cells there that have none of their own (ECMA-376 Part 1
 * §18.3.1.73 row `s` with customFormat="1", §18.3.1.13 col `style`: "Default style for the affected column(s).
 * Affects cells not yet allocated"): a number format, bold and a plain fill as the fake reads them, and the file's
 * style index when it holds more (a font, a border … kept for the download, file-style-xfs.ts).
 */
export interface LineLook {
  /** The file's cell style index (its cellXfs xf), which runs of one style compare by. */
  readonly style: number;
  readonly numFmt?: string;
  readonly bold: boolean;
  /** ARGB, as the fake's style records hold fills. */
  readonly fill?: string;
  /** The file style whose font, border, alignment the line keeps (when it has more than bold and a plain fill). */
  readonly fileStyle?: number;
}

/** Rows or columns `from` … `from + count - 1` (0-based) of one own style. */
export interface LineStyleRun {
  from: number;
  count: number;
  readonly look: LineLook;
}

/** An opened file's row and column styles, runs in ascending order; kept for the download. */
export interface LineStyles {
  readonly rows: LineStyleRun[];
  readonly columns: LineStyleRun[];
}

export const noLineStyles = (): LineStyles => ({ rows: [], columns: [] });

/**
 * Adds lines `from` … `from + count - 1` of `look` to `runs`: the last run grows when they follow it with the same
 * style, so a style given to every row (or to "the rest of the columns") is one run. Lines come in ascending
 * order (§18.3.1.73 r, §18.3.1.13 min); one that does not is placed by sorting.
 */
export function addLineStyle(runs: LineStyleRun[], from: number, count: number, look: LineLook): void {
  const last = runs[runs.length - 1];
  if (last && last.from + last.count === from && last.look.style === look.style) last.count += count;
  else {
    runs.push({ from, count, look });
    if (last && from < last.from) runs.sort((a, b) => a.from - b.from);
  }
}

/** The line after the last one with a style of its own; 0 for none. */
export function lineStylesEnd(runs: readonly LineStyleRun[]): number {
  return runs.reduce((end, r) => Math.max(end, r.from + r.count), 0);
}
