import { MAX_COLUMNS, MAX_ROWS, type Rect, parseAddress } from "../../../engine/cells";
import type { RowHeightRun, StyleRecord } from "../state";
import type { CellStyleLooks } from "./cell-style-looks";
import { pointsOfFileWidth } from "./column-width";
import { type LineStyles, noLineStyles } from "./line-styles";
import { addRowHeight } from "./row-heights";
import type { OpenedLooks } from "./opened-workbook";
import { attr } from "./xml-scanner";

const isOn = (v: string | undefined) => v === "1" || v === "true";

interface OpenRect {
  row: number;
  column: number;
  columnCount: number;
  rowCount: number;
  /** The file's cell style index (its `s`). */
  style: number;
}

/**
 * How a worksheet looks beyond its cells' values, gathered while SheetCells reads the part: the cells' styles
 * as rectangles (a run of cells of one style along a row is one rectangle, and the same run in the next rows
 * makes it taller, so a formatted column is one StyleRecord, not a million) holding the bold and fill the fake
 * reads, and the file's style index where the style has more (fileStyle: font, border, alignment … kept for
 * the download, file-styles.ts), column widths and hidden columns (§18.3.1.13 col), frozen rows and columns
 * (§18.3.1.66 pane), hidden rows and rows' own heights (§18.3.1.73 row) and merged cells (§18.3.1.55).
 * The rectangles do not overlap, so their order does not matter to the fake (where a later record wins).
 */
export class SheetLooks {
  readonly styles: StyleRecord[] = [];
  readonly hiddenRows: number[] = [];
  /** Grouped rows: [row, outline level, collapsed] (§18.3.1.73 outlineLevel, collapsed). */
  readonly outlineRows: [number, number, boolean][] = [];
  readonly columnWidths: [number, number][] = [];
  readonly hiddenColumns: number[] = [];
  readonly rowHeights: RowHeightRun[] = [];
  readonly mergedAreas: Rect[] = [];
  /** Rows' and columns' own styles (line-styles.ts), filled by SheetCells. */
  readonly lineStyles: LineStyles = noLineStyles();
  frozenRows = 0;
  frozenColumns = 0;

  /**
   * The current row's runs, three numbers each: first column, last column, look; `runsEnd` used. Fixed buffers
   * with counts, not arrays emptied per row: those re-grow their storage on every row, garbage that cost the
   * reader ~50 MB more peak memory on a 1,048,576 × 4 sheet of styled cells.
   */
  private runs = new Int32Array(3 * 64);
  private runsEnd = 0;
  private runRow = -1;
  /** Rectangles that reach the last row with runs (candidates to grow), in column order; and a spare list. */
  private open: OpenRect[] = [];
  private openEnd = 0;
  private spare: OpenRect[] = [];
  private sheetViews = 0;

  constructor(
    private readonly styleLooks: CellStyleLooks,
    /** 1 for a style index with more than the fake reads (styles-beyond-looks.ts). */
    private readonly fileStyles: Uint8Array,
  ) {}

  /** A cell of the file's style `look` (not 0; one with something to keep), cells coming in the part's order. */
  cell(row: number, column: number, look: number): void {
    if (row !== this.runRow) this.endRow(row);
    let runs = this.runs;
    const n = this.runsEnd;
    if (n > 0 && runs[n - 2] === column - 1 && runs[n - 1] === look) runs[n - 2] = column;
    else {
      if (n + 3 > runs.length) {
        runs = new Int32Array(runs.length * 2);
        runs.set(this.runs);
        this.runs = runs;
      }
      runs[n] = runs[n + 1] = column;
      runs[n + 2] = look;
      this.runsEnd = n + 3;
    }
  }

  /**
   * A row element's hidden flag (§18.3.1.73: hidden="1") and its height in points (ht) where set by hand
   * (customHeight="1"); a height without customHeight is one Excel worked out from the row's fonts, not kept.
   */
  row(row: number, tag: string): void {
    if (row >= MAX_ROWS) return; // past Excel's last row: nothing of it is kept
    if (isOn(attr(tag, "hidden"))) this.hiddenRows.push(row);
    const level = Number(attr(tag, "outlineLevel") ?? 0);
    const collapsed = isOn(attr(tag, "collapsed"));
    // ST_OutlineLevel is 0 to 7 (§18.3.1.73); collapsed marks the summary row of a collapsed group.
    if ((Number.isInteger(level) && level > 0 && level <= 7) || collapsed)
      this.outlineRows.push([row, Number.isInteger(level) && level > 0 && level <= 7 ? level : 0, collapsed]);
    const height = Number(attr(tag, "ht"));
    if (isOn(attr(tag, "customHeight")) && attr(tag, "ht") !== undefined && Number.isFinite(height) && height >= 0)
      addRowHeight(this.rowHeights, row, height);
  }

  /** A sheetView or pane element (§18.3.1.87, §18.3.1.66), a col (§18.3.1.13) or a mergeCell (§18.3.1.55). */
  layout(name: string, tag: string): void {
    if (name === "sheetView") this.sheetViews++;
    else if (name === "pane") {
      // The first view's frozen rows and columns (ST_PaneState §18.18.52: frozenSplit is frozen too); when
      // frozen, ySplit counts the rows above the pane and xSplit the columns left of it.
      const state = attr(tag, "state");
      const frozen = this.sheetViews <= 1 && (state === "frozen" || state === "frozenSplit");
      const rows = Number(attr(tag, "ySplit") ?? 0);
      const columns = Number(attr(tag, "xSplit") ?? 0);
      if (frozen && Number.isInteger(rows) && rows > 0) this.frozenRows = Math.min(rows, MAX_ROWS);
      if (frozen && Number.isInteger(columns) && columns > 0) this.frozenColumns = Math.min(columns, MAX_COLUMNS);
    } else if (name === "mergeCell") {
      const ref = attr(tag, "ref") ?? "";
      const rect = parseAddress(ref)?.rect;
      if (!rect) throw new Error(`a merged area (mergeCell) at "${ref}"`);
      this.mergedAreas.push(rect);
    } else if (name === "col") {
      const min = Number(attr(tag, "min"));
      const max = Number(attr(tag, "max"));
      const width = Number(attr(tag, "width"));
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min)
        throw new Error(`a column range (col) from "${attr(tag, "min")}" to "${attr(tag, "max")}"`);
      if (isOn(attr(tag, "hidden")))
        for (let c = min - 1; c < Math.min(max, MAX_COLUMNS); c++) this.hiddenColumns.push(c);
      if (attr(tag, "width") === undefined || !Number.isFinite(width) || width < 0) return; // no width: the default
      const points = pointsOfFileWidth(width);
      for (let c = min - 1; c < Math.min(max, MAX_COLUMNS); c++) this.columnWidths.push([c, points]);
    }
  }

  /**
   * Closes the current row's runs: each grows the rectangle the same run made in the row before, or starts one.
   * Both lists are in column order (cells come in column order, §18.3.1.4), so one walk pairs them; a cell out
   * of order only starts a rectangle of its own.
   */
  private endRow(next: number): void {
    const row = this.runRow;
    const runs = this.runs;
    const before = this.open;
    const now = this.spare;
    const beforeEnd = this.openEnd;
    let j = 0;
    let k = 0;
    for (let i = 0; i < this.runsEnd; i += 3) {
      const first = runs[i];
      const count = runs[i + 1] - first + 1;
      const style = runs[i + 2];
      while (j < beforeEnd && before[j].column < first) this.emit(before[j++]);
      const rect = j < beforeEnd ? before[j] : undefined;
      if (
        rect &&
        rect.column === first &&
        rect.columnCount === count &&
        rect.style === style &&
        rect.row + rect.rowCount === row
      ) {
        rect.rowCount++;
        now[k++] = rect;
        j++;
      } else now[k++] = { row, column: first, columnCount: count, rowCount: 1, style };
    }
    while (j < beforeEnd) this.emit(before[j++]);
    this.open = now;
    this.openEnd = k;
    this.spare = before;
    this.runsEnd = 0;
    this.runRow = next;
  }

  private emit(r: OpenRect): void {
    const look = this.styleLooks.looks[this.styleLooks.byStyle[r.style] ?? 0];
    const rect = { row: r.row, column: r.column, rowCount: r.rowCount, columnCount: r.columnCount };
    // Only what the cell has: bold false or no fill is the fake's default, and a record saying so would make
    // the saver write a font or fill the cell did not have.
    this.styles.push({
      rect,
      ...(look.bold ? { bold: true } : {}),
      ...(look.fill !== undefined ? { fill: look.fill } : {}),
      ...(this.fileStyles[r.style] === 1 ? { fileStyle: r.style } : {}),
    });
  }

  /** The sheet is read: its looks. */
  finish(): OpenedLooks {
    this.endRow(-1);
    this.endRow(-1); // the last row's rectangles, now in `open`, are closed by a row without runs
    return {
      styles: this.styles,
      hiddenRows: this.hiddenRows,
      ...(this.outlineRows.length > 0 ? { outlineRows: this.outlineRows } : {}),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: this.columnWidths,
      mergedAreas: this.mergedAreas,
      rowHeights: this.rowHeights,
      hiddenColumns: this.hiddenColumns,
      lineStyles: this.lineStyles,
    };
  }
}
