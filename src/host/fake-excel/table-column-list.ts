import { FakeObject } from "./fake-object";
import type { TableState } from "./state";
import type { FakeTableColumn } from "./table-column";
import { columnIds } from "./table-columns";

/** A table's columns (TableColumnCollection) loaded with items/id or items/name. */
export class FakeTableColumnList extends FakeObject<TableState> {
  protected describe() {
    return "TableColumnCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, t: TableState) {
    if (!/^items(\/(id|name))?$/.test(name)) return undefined;
    return columnIds(t).map((id) => this.ctx.classes.TableColumn.bound(this.ctx, t, id));
  }
  get items(): FakeTableColumn[] {
    return this.read("items");
  }
}
