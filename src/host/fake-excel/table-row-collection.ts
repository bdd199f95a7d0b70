import { jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import { rangeWhere, shapeOf } from "./range-target";
import type { FakeTable } from "./table";
import { fillCalculated } from "./table-growth";

/** Table.rows (TableRowCollection): only add, at the end. */
export class FakeTableRowCollection {
  constructor(private readonly table: FakeTable) {}
  add(index?: number, values?: unknown): unknown {
    const ctx = this.table.ctx;
    this.table.act(
      "table.rows.add",
      jsonBytes(values),
      (t) => {
        const st = ctx.state;
        if (index !== undefined && index !== null)
          throw new FakeOfficeError("NotImplemented", "The fake Excel adds table rows at the end only.");
        const data = shapeOf(values, { ...t.rect, rowCount: Array.isArray(values) ? values.length : 0 }, "table rows");
        const first = t.rect.row + t.rect.rowCount;
        for (let i = 0; i < data.length; i++)
          for (let c = 0; c < t.rect.columnCount; c++) {
            if (st.get(t.sheet, first + i, t.rect.column + c) !== undefined)
              throw new FakeOfficeError("InvalidOperation", "Cannot add table rows over non-empty cells.");
          }
        data.forEach((row, i) => row.forEach((v, c) => st.setTyped(t.sheet, first + i, t.rect.column + c, v)));
        t.rect = { ...t.rect, rowCount: t.rect.rowCount + data.length };
        fillCalculated(st, t, t.rect.rowCount - data.length);
      },
      rangeWhere,
    );
    return undefined;
  }
}
