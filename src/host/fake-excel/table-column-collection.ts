import { rectAddress } from "../../engine/cells";
import { jsonBytes } from "./fake-object";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";
import { checkUnprotected } from "./protected-writes";
import { rangeWhere, shapeOf } from "./range-target";
import type { TableState } from "./state";
import type { FakeTable } from "./table";
import type { FakeTableColumn, TableColumnTarget } from "./table-column";
import type { FakeTableColumnList } from "./table-column-list";
import { columnIds, columnOffsetById } from "./table-columns";
import { uniqueHeaders } from "./table-headers";

/**
 * Table.columns (TableColumnCollection): not a proxy of its own, it queues on its table; load() creates the
 * list of loaded columns (FakeTableColumnList), as before the split.
 */
export class FakeTableColumnCollection {
  private list?: FakeTableColumnList;
  constructor(private readonly table: FakeTable) {}
  /**
   * TableColumnCollection.add: the name goes in the header cell; a name the table already has is made
   * unique, as Excel keeps table column names unique ("Tier" → "Tier2"; Excel-compatible behaviour
   * described in https://developer.mescius.com/kb/duplicate-column-headers-automatically-renamed-in-spreadjs).
   * Returns the new column, whose `name` (after load and sync) is the name Excel gave it.
   */
  add(index?: number, values?: unknown, name?: string): FakeTableColumn {
    const ctx = this.table.ctx;
    let added: TableColumnTarget | undefined;
    this.table.act(
      "table.columns.add",
      jsonBytes(values) + jsonBytes(name),
      (t) => {
        const st = ctx.state;
        checkUnprotected(t.sheet, "TableColumnCollection.add");
        // -1 or null appends (ExcelApi 1.4); the fake inserts nowhere else.
        if (index !== undefined && index !== null && index !== -1 && index !== t.rect.columnCount)
          throw new FakeOfficeError("NotImplemented", "The fake Excel adds table columns at the end only.");
        const col = t.rect.column + t.rect.columnCount;
        for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
          if (st.get(t.sheet, r, col) !== undefined)
            throw new FakeOfficeError(
              "InvalidOperation",
              `Cannot add a table column: ${rectAddress({ row: r, column: col, rowCount: 1, columnCount: 1 }, t.sheet.name)} is not empty.`,
            );
        }
        t.rect = { ...t.rect, columnCount: t.rect.columnCount + 1 };
        if (Array.isArray(values)) {
          const rows = shapeOf(values, { ...t.rect, column: col, columnCount: 1 }, "table column values");
          rows.forEach((row, i) => st.setTyped(t.sheet, t.rect.row + i, col, row[0]));
        }
        if (name !== undefined) st.setRaw(t.sheet, t.rect.row, col, name);
        uniqueHeaders(st, t);
        added = { table: t, id: columnIds(t)[t.rect.columnCount - 1] };
      },
      rangeWhere,
    );
    return new ctx.classes.TableColumn(ctx, () => added ?? null);
  }
  /** TableColumnCollection.load("items/id"): the columns with their ids, after the next sync. */
  load(names?: unknown): this {
    this.list = new this.table.ctx.classes.TableColumnList(this.table.ctx, () => this.table.bound());
    this.list.load(names);
    return this;
  }
  /** The loaded columns. */
  get items(): FakeTableColumn[] {
    if (!this.list) throw propertyNotLoaded("columns/items");
    return this.list.items;
  }
  /** The table the collection belongs to (a bound collection, as the other collections of the fake). */
  bound(): TableState {
    return this.table.bound();
  }
  /** By name (as Excel, case-insensitive) or by id (a number: TableColumn.id, not the position). */
  getItem(key: number | string): FakeTableColumn {
    return this.byKey(key, false);
  }
  getItemOrNullObject(key: number | string): FakeTableColumn {
    return this.byKey(key, true);
  }
  private byKey(key: number | string, nullable: boolean): FakeTableColumn {
    const ctx = this.table.ctx;
    return new ctx.classes.TableColumn(
      ctx,
      () => {
        const t = this.table.bound();
        let offset = -1;
        if (typeof key === "number") offset = columnOffsetById(t, key);
        else
          for (let c = 0; c < t.rect.columnCount; c++)
            if (String(ctx.state.get(t.sheet, t.rect.row, t.rect.column + c) ?? "").toLowerCase() === key.toLowerCase())
              offset = c;
        if (offset < 0) {
          if (nullable) return null;
          throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no column ${JSON.stringify(key)}.`);
        }
        return { table: t, id: columnIds(t)[offset] };
      },
      { nullable },
    );
  }
}
