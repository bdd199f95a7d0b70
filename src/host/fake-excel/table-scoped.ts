import type { XlTableScopedCollection } from "../excel";
import { FakeObject } from "./fake-object";
import type { TableState } from "./state";
import type { FakeTable } from "./table";

/** Excel.TableScopedCollection (Range.getTables). The bridge knows it by its class name. */
export class FakeTableScoped extends FakeObject<TableState[]> implements XlTableScopedCollection {
  protected describe() {
    return "TableScopedCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, tables: TableState[]) {
    if (!/^items(\/name)?$/.test(name)) return undefined;
    return tables.map((tb) => this.ctx.classes.Table.bound(this.ctx, tb));
  }
  get items(): FakeTable[] {
    return this.read("items");
  }
}
