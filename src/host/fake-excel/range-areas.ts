import { rectAddress } from "../../engine/cells";
import type { XlRangeAreas } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import type { RangeTarget } from "./range-target";
import { undocumented } from "./undocumented";

/** Excel.RangeAreas: the selected areas (Workbook.getSelectedRanges). */
export class FakeRangeAreas extends FakeObject<RangeTarget[]> implements XlRangeAreas {
  static ofSelection(ctx: FakeContext): FakeRangeAreas {
    return new FakeRangeAreas(ctx, () => {
      if (!ctx.runtime.supports("ExcelApi", "1.9"))
        throw new FakeOfficeError("ApiNotFound", "getSelectedRanges needs ExcelApi 1.9.");
      const sel = ctx.state.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      // office-js#2268 reports getSelectedRanges failing too when a chart is selected, without its code.
      if (sel.object)
        throw undocumented(
          `getSelectedRanges while a ${sel.object.kind} is selected (reported to fail, office-js#2268, with no error code given)`,
        );
      return sel.areas.map((rect) => ({ sheet: sel.sheet, rect }));
    });
  }
  protected describe() {
    return "RangeAreas";
  }
  protected scalarNames() {
    return ["address", "areaCount"];
  }
  protected prop(name: string, t: RangeTarget[]) {
    if (name === "address") return t.map((a) => rectAddress(a.rect, a.sheet.name)).join(",");
    if (name === "areaCount") return t.length;
    return undefined;
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
