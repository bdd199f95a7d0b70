import type { XlNamedItem } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject } from "./fake-object";
import type { KeptName } from "./state";

/** A `<definedName>`'s hidden attribute (ECMA-376 Part 1 §18.2.5): a hidden name is not visible. */
const hiddenIn = (xml: string) => /^<definedName\b[^>]*\shidden="(1|true)"/.test(xml);

/**
 * Excel.NamedItem (ExcelApi 1.1): one of the workbook's defined names, as the fake keeps an opened file's
 * (file-defined-names.ts). Its name and whether it is visible; the fake does not evaluate what a name refers to.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem
 */
export class FakeNamedItem extends FakeObject<KeptName> implements XlNamedItem {
  /** A name already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, name: KeptName): FakeNamedItem {
    const item = new FakeNamedItem(ctx, null);
    item.target = name;
    item.loaded.set("name", name.name);
    item.loaded.set("visible", !hiddenIn(name.xml));
    item.loaded.set("isNullObject", false);
    return item;
  }
  protected describe() {
    return `NamedItem ${this.target?.name ?? ""}`.trim();
  }
  protected scalarNames() {
    return ["name", "visible"];
  }
  protected prop(name: string, kept: KeptName) {
    if (name === "name") return kept.name;
    if (name === "visible") return !hiddenIn(kept.xml);
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get visible(): boolean {
    return this.read("visible");
  }
}
