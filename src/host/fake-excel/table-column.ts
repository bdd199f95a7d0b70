import type { FakeContext } from "./fake-context";
import { FakeObject } from "./fake-object";
import { OP_BYTES } from "./context";
import { FakeOfficeError } from "./office-error";
import type { TableState, WorkbookState } from "./state";
import { columnOffsetById, removeColumnId } from "./table-columns";
import { undocumented } from "./undocumented";

/** What a TableColumn proxy binds to: a table and the column's id (TableColumn.id, kept as columns move). */
export type TableColumnTarget = { table: TableState; id: number };

/**
 * TableColumn.delete: the columns right of it in the table move one left (Excel deletes table columns as
 * cells, shifted left within the table's rows). Whether cells right of the table in those rows move too is
 * not documented: the fake refuses when there are any.
 */
function deleteTableColumn(st: WorkbookState, t: TableState, index: number): void {
  const { row, column, rowCount, columnCount } = t.rect;
  const right = column + columnCount;
  for (let r = row; r < row + rowCount; r++) {
    const cells = t.sheet.values[r];
    if (cells && cells.slice(right).some((v) => v !== undefined))
      throw undocumented(
        `deleting a column of table ${t.name} while cells right of the table, in its rows, are not empty`,
      );
  }
  for (let r = row; r < row + rowCount; r++) {
    for (let c = column + index; c < right - 1; c++) {
      const from = c + 1;
      if (st.isFormula(t.sheet, r, from))
        st.setFormula(t.sheet, r, c, {
          formula: String(st.formulaOrValue(t.sheet, r, from)),
          value: st.get(t.sheet, r, from) ?? "",
        });
      else {
        st.clear(t.sheet, { row: r, column: c, rowCount: 1, columnCount: 1 }, "Contents");
        st.setRaw(t.sheet, r, c, st.get(t.sheet, r, from));
      }
      st.setFormat(t.sheet, r, c, st.format(t.sheet, r, from));
    }
  }
  st.clear(t.sheet, { row, column: right - 1, rowCount, columnCount: 1 }, "All");
  removeColumnId(t, index);
  t.rect = { ...t.rect, columnCount: columnCount - 1 };
  if (t.calculated) {
    const moved: NonNullable<TableState["calculated"]> = new Map();
    for (const [offset, formula] of t.calculated)
      if (offset !== index) moved.set(offset > index ? offset - 1 : offset, formula);
    t.calculated = moved;
  }
}

/** A column of a table (columns.add, getItem, getItemOrNullObject), followed by its id. */
export class FakeTableColumn extends FakeObject<TableColumnTarget> {
  private offset(t: TableColumnTarget): number {
    const offset = columnOffsetById(t.table, t.id);
    if (offset < 0 || !this.ctx.state.tables.includes(t.table))
      throw new FakeOfficeError("ItemNotFound", `The column ${t.id} of table ${t.table.name} no longer exists.`);
    return offset;
  }
  /** A column already bound (items of a loaded collection), with its id and name loaded. */
  static bound(ctx: FakeContext, table: TableState, id: number): FakeTableColumn {
    const c = new FakeTableColumn(ctx, null);
    c.target = { table, id };
    c.loaded.set("isNullObject", false);
    c.loaded.set("id", id);
    c.loaded.set("name", c.prop("name", c.target));
    return c;
  }
  protected describe() {
    return "TableColumn";
  }
  protected scalarNames() {
    return ["id", "name", "index"];
  }
  protected prop(name: string, t: TableColumnTarget) {
    if (name === "id") return t.id;
    if (name === "name")
      return String(this.ctx.state.get(t.table.sheet, t.table.rect.row, t.table.rect.column + this.offset(t)) ?? "");
    if (name === "index") return this.offset(t);
    return undefined;
  }
  get id(): number {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  /** TableColumn.delete; on a null object (getItemOrNullObject of a missing column) nothing is deleted, as before. */
  delete(): void {
    this.ctx.queue.push({
      bytes: OP_BYTES,
      info: { kind: "table.columns.delete" },
      run: () => {
        if (this.target === null) return 0;
        const t = this.bound();
        deleteTableColumn(this.ctx.state, t.table, this.offset(t));
        return 0;
      },
    });
  }
}
