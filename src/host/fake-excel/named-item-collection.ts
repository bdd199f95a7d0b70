import type { XlNamedItemCollection } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject, type Resolve } from "./fake-object";
import { FakeNamedItem } from "./named-item";
import type { KeptName } from "./state";

/** Excel's built-in names (print areas and titles, a filter's range: "_xlnm." names, §18.2.6) are Excel's own. */
const isBuiltIn = (name: KeptName) => name.name.toLowerCase().startsWith("_xlnm.");

/**
 * Excel.NamedItemCollection: Workbook.names (ExcelApi 1.1), the workbook-scoped names, or Worksheet.names
 * (ExcelApi 1.4), one sheet's (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection).
 * Built-in names are left out: whether Office.js lists them is not documented, and the host reads names only to
 * keep clear of them.
 */
export class FakeNamedItemCollection extends FakeObject<KeptName[]> implements XlNamedItemCollection {
  static of(ctx: FakeContext, names: Resolve<KeptName[]>): FakeNamedItemCollection {
    return new FakeNamedItemCollection(ctx, () => names()?.filter((n) => !isBuiltIn(n)) ?? null);
  }
  protected describe() {
    return "NamedItemCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, names: KeptName[]) {
    if (!/^items(\/(name|visible))?$/.test(name)) return undefined;
    return names.map((n) => FakeNamedItem.bound(this.ctx, n));
  }
  get items(): FakeNamedItem[] {
    return this.read("items");
  }
}
