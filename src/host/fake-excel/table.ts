import { type Rect, intersect, parseAddress } from "../../engine/cells";
import type { XlTable } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject, jsonBytes } from "./fake-object";
import { refuseMergedCells } from "./merged-areas";
import { FakeOfficeError } from "./office-error";
import { withTableRenamed } from "./file/slicer-caches";
import { checkTableName } from "./table-name";
import type { FakeRange } from "./range";
import { rangeWhere } from "./range-target";
import type { SheetState, TableState } from "./state";
import { FakeTableColumnCollection } from "./table-column-collection";
import { fillCalculated } from "./table-growth";
import { uniqueHeaders } from "./table-headers";
import { FakeTableRowCollection } from "./table-row-collection";
import { undocumented } from "./undocumented";
import type { FakeWorksheet } from "./worksheet";

/** Excel.Table. */
export class FakeTable extends FakeObject<TableState> implements XlTable {
  readonly columns = new FakeTableColumnCollection(this);
  readonly rows = new FakeTableRowCollection(this);
  /** A table object already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, t: TableState): FakeTable {
    const table = new FakeTable(ctx, null);
    table.target = t;
    table.loaded.set("name", t.name);
    table.loaded.set("id", t.id ?? t.name);
    table.loaded.set("isNullObject", false);
    return table;
  }
  protected describe() {
    return `Table ${this.target?.name ?? ""}`.trim();
  }
  protected scalarNames() {
    return ["name", "id", "showHeaders"];
  }
  protected prop(name: string, t: TableState) {
    if (name === "name") return t.name;
    // Table.id (ExcelApi 1.1): https://learn.microsoft.com/en-us/javascript/api/excel/excel.table
    if (name === "id") return t.id ?? t.name;
    if (name === "showHeaders") return true;
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  set name(v: string) {
    this.act("table.name", jsonBytes(v), (t) => {
      checkTableName(this.ctx.state, t, v);
      const caches = this.ctx.state.slicerCaches;
      // A kept table slicer follows its table by id, as in Excel (slicer-caches.ts).
      if (caches) this.ctx.state.slicerCaches = withTableRenamed(caches, t.name, v);
      t.name = v;
    });
    this.loaded.set("name", v);
  }
  get worksheet(): FakeWorksheet {
    return new this.ctx.classes.Worksheet(this.ctx, () => this.bound().sheet);
  }
  private part(pick: (r: Rect) => Rect | null): FakeRange {
    return new this.ctx.classes.Range(this.ctx, () => {
      const t = this.bound();
      const rect = pick(t.rect);
      if (!rect) throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no data rows.`);
      return { sheet: t.sheet, rect };
    });
  }
  getRange(): FakeRange {
    return this.part((r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((r) => ({ ...r, rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((r) => (r.rowCount > 1 ? { ...r, row: r.row + 1, rowCount: r.rowCount - 1 } : null));
  }
  clearFilters(): void {
    // The fake keeps no filters: only the requirement set is checked.
    this.act("table.clearFilters", 0, () => this.need("ExcelApi", "1.2", "Table.clearFilters"));
  }
  convertToRange(): FakeRange {
    let rect: Rect | undefined;
    let sheet: SheetState | undefined;
    this.act("table.convertToRange", 0, (t) => {
      this.need("ExcelApi", "1.2", "Table.convertToRange");
      ({ rect, sheet } = t);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
    return new this.ctx.classes.Range(this.ctx, () => (sheet && rect ? { sheet, rect } : null));
  }
  resize(newRange: unknown): void {
    this.act(
      "table.resize",
      jsonBytes(typeof newRange === "string" ? newRange : "range"),
      (t) => {
        this.need("ExcelApi", "1.13", "Table.resize");
        let rect: Rect;
        if (newRange instanceof this.ctx.classes.Range) {
          const target = newRange.bound();
          if (target.sheet !== t.sheet)
            throw new FakeOfficeError("InvalidArgument", "Table.resize: the new range is on another sheet.");
          rect = target.rect;
        } else {
          const p = typeof newRange === "string" ? parseAddress(newRange) : undefined;
          if (!p) throw new FakeOfficeError("InvalidArgument", "Table.resize takes a Range or an address.");
          rect = p.rect;
        }
        if (rect.row !== t.rect.row || !intersect(rect, t.rect))
          throw new FakeOfficeError(
            "InvalidArgument",
            "The new table range must overlap the old one, with the header in the same row.",
          );
        if (rect.rowCount < 2)
          throw new FakeOfficeError("InvalidArgument", "A table needs a header row and at least one data row.");
        if (this.ctx.state.tables.some((x) => x !== t && x.sheet === t.sheet && intersect(x.rect, rect)))
          throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        refuseMergedCells(t.sheet, rect);
        const oldRows = t.rect.rowCount;
        if (rect.column !== t.rect.column && t.calculated)
          throw undocumented(
            `Table.resize of ${t.name}, which has calculated columns, to a range with another first column`,
          );
        t.rect = rect;
        uniqueHeaders(this.ctx.state, t);
        // Calculated columns "continue to adjust as you add or delete rows in the table" (table-growth.ts).
        if (rect.rowCount > oldRows) fillCalculated(this.ctx.state, t, oldRows);
      },
      rangeWhere,
    );
  }
  delete(): void {
    this.act("table.delete", 0, (t) => {
      // Deleting a table deletes its cells' contents too (Table.delete in Office.js).
      this.ctx.state.clear(t.sheet, t.rect, "All");
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
}
