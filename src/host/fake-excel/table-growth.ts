import { type Rect, intersect, rectAddress } from "../../engine/cells";
import type { Prim, SheetState, TableState, WorkbookState } from "./state";
import { undocumented } from "./undocumented";

/**
 * Tables that grow by themselves, as Excel's AutoCorrect options make them, with their sources:
 *
 * Auto-expansion ("Include new rows and columns in table"): data typed in the row directly below a table,
 * or in the column directly right of it, becomes part of the table ("if you scroll to the bottom of the
 * table and start adding a new row, Excel ... copies this new formula into the new row", Excel help for
 * calculated columns below). The AutoCorrect options "get applied to changes made with the API"
 * (https://github.com/OfficeDev/office-js/issues/6745), so the fake applies them to Range.values and
 * Range.formulas writes too.
 *
 * Calculated columns (Microsoft's Excel help, "Use calculated columns in an Excel table",
 * http://mac2.microsoft.com/help/office/14/en-us/excel/item/c0920a56-5d55-42f2-9a4a-9fb0eecfc317):
 * "When you enter a formula into an empty table column, the column automatically fills the rest of the rows
 * in the column"; "calculated columns continue to adjust as you add or delete rows in the table"; "If you
 * type or move a formula in a table column that already contains data, a calculated column is not
 * automatically created"; other formulas can be entered "as exceptions". rows.add with formulas into a
 * calculated column gives every new row the column's formula (office-js#6745).
 *
 * What those pages do not say, the fake does not guess (undocumented(): it throws): a write that reaches
 * below and right of a table at once, one that is wider than the table it extends, a new column without a
 * header written, a header written that another column of the table already has, a write of different
 * formulas (or formulas and constants) into an empty table column, and clearing every cell of a calculated
 * column (whether Excel keeps the formula for new rows then is not documented).
 */

/** What a write needs to know from before it: which table columns were empty. */
interface BeforeWrite {
  readonly emptyColumns: Map<TableState, Set<number>>;
}

function body(t: TableState): Rect | undefined {
  return t.rect.rowCount > 1 ? { ...t.rect, row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 } : undefined;
}

const blank = (v: Prim | undefined) => v === undefined || v === "";

function columnEmpty(st: WorkbookState, t: TableState, offset: number): boolean {
  const b = body(t);
  if (!b) return true;
  for (let r = b.row; r < b.row + b.rowCount; r++) if (!blank(st.get(t.sheet, r, b.column + offset))) return false;
  return true;
}

/** Tables the write of `rect` may touch (in it, or one row or column short of it), with their empty columns. */
function beforeWrite(st: WorkbookState, sheet: SheetState, rect: Rect): BeforeWrite {
  const emptyColumns = new Map<TableState, Set<number>>();
  for (const t of st.tables) {
    if (t.sheet !== sheet) continue;
    const grown = { ...t.rect, rowCount: t.rect.rowCount + 1, columnCount: t.rect.columnCount + 1 };
    if (!intersect(grown, rect)) continue;
    const empty = new Set<number>();
    for (let c = 0; c < t.rect.columnCount; c++) if (columnEmpty(st, t, c)) empty.add(c);
    emptyColumns.set(t, empty);
  }
  return { emptyColumns };
}

/**
 * Writes the cells of `rect` (by `apply`) as one Office operation: tables next to them grow, headers and
 * calculated columns follow. When the write is refused (undocumented()), nothing of it stays, as a failed
 * operation in Excel.
 */
export function writeCells(st: WorkbookState, sheet: SheetState, rect: Rect, apply: () => void): void {
  const before = beforeWrite(st, sheet, rect);
  if (before.emptyColumns.size === 0) {
    apply();
    return;
  }
  const restore = st.saveCells(sheet, rect);
  const tables = [...before.emptyColumns.keys()].map((t) => ({
    t,
    rect: t.rect,
    calculated: t.calculated && new Map(t.calculated),
  }));
  try {
    apply();
    afterWrite(st, sheet, rect, before);
  } catch (e) {
    restore();
    for (const x of tables) {
      x.t.rect = x.rect;
      x.t.calculated = x.calculated;
    }
    throw e;
  }
}

/** After the cells of `rect` were written: auto-expansion and header names checked first, then calculated columns filled. */
function afterWrite(st: WorkbookState, sheet: SheetState, rect: Rect, before: BeforeWrite): void {
  const fills: (() => void)[] = [];
  for (const [t, wasEmpty] of before.emptyColumns) {
    const grewDown = expandDown(st, t, rect);
    const grewRight = expandRight(st, t, rect);
    if (grewDown && grewRight)
      throw undocumented(`a write (${rectAddress(rect, sheet.name)}) that extends table ${t.name} both down and right`);
    for (let c = t.rect.columnCount - grewRight; c < t.rect.columnCount; c++) wasEmpty.add(c);
    checkHeaders(st, t, rect);
    fills.push(...calculatedColumns(st, t, rect, wasEmpty));
    if (grewDown > 0) fills.push(() => fillCalculated(st, t, t.rect.rowCount - grewDown));
  }
  for (const fill of fills) fill();
}

/**
 * Rows a write adds below the table: a write that starts in the row directly below, within the table's
 * columns, with a value in that row (as typing there). 0 when it does not touch that row with a value.
 */
function expandDown(st: WorkbookState, t: TableState, rect: Rect): number {
  const below = t.rect.row + t.rect.rowCount;
  if (rect.row > below || rect.row + rect.rowCount <= below) return 0;
  const touch = intersect(rect, { row: below, rowCount: 1, column: t.rect.column, columnCount: t.rect.columnCount });
  if (!touch || !rowHasValue(st, t.sheet, below, touch)) return 0;
  const where = rectAddress(rect, t.sheet.name);
  if (rect.row < below) throw undocumented(`one write (${where}) over table ${t.name} and the row below it`);
  if (rect.column < t.rect.column || rect.column + rect.columnCount > t.rect.column + t.rect.columnCount) {
    throw undocumented(`a write (${where}) below table ${t.name} that is wider than the table`);
  }
  t.rect = { ...t.rect, rowCount: t.rect.rowCount + rect.rowCount };
  return rect.rowCount;
}

/**
 * Columns a write adds right of the table: a write that starts in the column directly right, within the
 * table's rows, header row included (the new columns' names), with a value in that column.
 */
function expandRight(st: WorkbookState, t: TableState, rect: Rect): number {
  const right = t.rect.column + t.rect.columnCount;
  if (rect.column > right || rect.column + rect.columnCount <= right) return 0;
  let touched = false;
  for (
    let r = Math.max(rect.row, t.rect.row);
    r < Math.min(rect.row + rect.rowCount, t.rect.row + t.rect.rowCount);
    r++
  ) {
    if (!blank(st.get(t.sheet, r, right))) touched = true;
  }
  if (!touched) return 0;
  const where = rectAddress(rect, t.sheet.name);
  if (rect.column < right) throw undocumented(`one write (${where}) over table ${t.name} and the column right of it`);
  if (rect.row < t.rect.row || rect.row + rect.rowCount > t.rect.row + t.rect.rowCount)
    throw undocumented(`a write (${where}) right of table ${t.name} that reaches above or below the table`);
  if (rect.row !== t.rect.row)
    throw undocumented(`a write (${where}) that adds a column to table ${t.name} without writing its header`);
  for (let c = right; c < right + rect.columnCount; c++) {
    if (blank(st.get(t.sheet, t.rect.row, c)))
      throw undocumented(`a write (${where}) that adds a column to table ${t.name} with a blank header`);
  }
  t.rect = { ...t.rect, columnCount: t.rect.columnCount + rect.columnCount };
  return rect.columnCount;
}

function rowHasValue(
  st: WorkbookState,
  sheet: SheetState,
  row: number,
  columns: Pick<Rect, "column" | "columnCount">,
): boolean {
  for (let c = columns.column; c < columns.column + columns.columnCount; c++)
    if (!blank(st.get(sheet, row, c))) return true;
  return false;
}

/** A header written over the header row must not repeat another column's name, nor be blank. */
function checkHeaders(st: WorkbookState, t: TableState, rect: Rect): void {
  if (rect.row > t.rect.row || rect.row + rect.rowCount <= t.rect.row) return;
  const seen = new Map<string, number>();
  const written = (x: number) => x >= rect.column - t.rect.column && x < rect.column + rect.columnCount - t.rect.column;
  for (let c = 0; c < t.rect.columnCount; c++) {
    const v = st.get(t.sheet, t.rect.row, t.rect.column + c);
    if (blank(v)) {
      if (written(c))
        throw undocumented(`a blank header written into table ${t.name} (${rectAddress(rect, t.sheet.name)})`);
      continue;
    }
    const name = String(v).toLowerCase();
    const other = seen.get(name);
    if (other !== undefined && (written(c) || written(other))) {
      throw undocumented(
        `a header "${String(v)}" written into table ${t.name} (${rectAddress(rect, t.sheet.name)}), which already has a column of that name`,
      );
    }
    seen.set(name, c);
  }
}

/**
 * A formula written into an empty table column fills the column (documented); mixed input is not documented.
 * Returns the fills, to run once the whole write is known to be accepted.
 */
function calculatedColumns(st: WorkbookState, t: TableState, rect: Rect, wasEmpty: Set<number>): (() => void)[] {
  const b = body(t);
  const hit = b && intersect(rect, b);
  if (!b || !hit) return [];
  const fills: (() => void)[] = [];
  for (let col = hit.column; col < hit.column + hit.columnCount; col++) {
    const offset = col - t.rect.column;
    if (!wasEmpty.has(offset)) continue;
    const formulas = new Set<string>();
    let constants = 0;
    let value: Prim = "";
    for (let r = b.row; r < b.row + b.rowCount; r++) {
      if (st.isFormula(t.sheet, r, col)) {
        formulas.add(String(st.formulaOrValue(t.sheet, r, col)));
        value = st.get(t.sheet, r, col) ?? "";
      } else if (!blank(st.get(t.sheet, r, col))) constants++;
    }
    if (formulas.size === 0) continue;
    if (formulas.size > 1 || constants > 0) {
      throw undocumented(
        `a write (${rectAddress(rect, t.sheet.name)}) of ${formulas.size > 1 ? "different formulas" : "formulas and constants"} into the empty column ${offset + 1} of table ${t.name} (office-js#6745 reports Excel rewriting such formulas)`,
      );
    }
    // The fake evaluates nothing: filled cells show the written cell's last value.
    const formula = [...formulas][0];
    fills.push(() => {
      (t.calculated ??= new Map()).set(offset, { formula, value });
      for (let r = b.row; r < b.row + b.rowCount; r++)
        if (!st.isFormula(t.sheet, r, col)) st.setFormula(t.sheet, r, col, { formula, value });
    });
  }
  return fills;
}

/** New rows (from `fromRow`, a row offset in the table) get each calculated column's formula where blank; other formulas become it (office-js#6745). */
export function fillCalculated(st: WorkbookState, t: TableState, fromRow: number): void {
  if (!t.calculated) return;
  for (const [offset, { formula, value }] of t.calculated) {
    if (offset >= t.rect.columnCount) continue;
    for (let r = t.rect.row + Math.max(1, fromRow); r < t.rect.row + t.rect.rowCount; r++) {
      const c = t.rect.column + offset;
      if (blank(st.get(t.sheet, r, c)) || st.isFormula(t.sheet, r, c)) st.setFormula(t.sheet, r, c, { formula, value });
    }
  }
}

/**
 * Clearing: refused when it would blank a table's header cells (what names Excel gives the columns then is
 * not documented for the API) or empty a calculated column entirely (whether Excel keeps its formula for new
 * rows is not documented).
 */
export function checkClear(st: WorkbookState, sheet: SheetState, rect: Rect, contents: boolean): void {
  if (!contents) return;
  for (const t of st.tables) {
    if (t.sheet !== sheet) continue;
    if (intersect(rect, { ...t.rect, rowCount: 1 }))
      throw undocumented(`clearing header cells of table ${t.name} (${rectAddress(rect, sheet.name)})`);
    if (!t.calculated) continue;
    const b = body(t);
    if (!b) continue;
    for (const offset of t.calculated.keys()) {
      const col = { ...b, column: b.column + offset, columnCount: 1 };
      const hit = intersect(col, rect);
      if (hit && hit.rowCount === b.rowCount)
        throw undocumented(
          `clearing every cell of the calculated column "${String(st.get(t.sheet, t.rect.row, col.column) ?? "")}" of table ${t.name}`,
        );
    }
  }
}
