import type { XlCustomXmlPartCollection, XlWorkbook } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeOfficeError } from "./office-error";
import type { FakeNamedItemCollection } from "./named-item-collection";
import type { FakeRange } from "./range";
import type { FakeRangeAreas } from "./range-areas";
import type { FakeSettingCollection } from "./setting-collection";
import type { FakeTableCollection } from "./table-collection";
import type { FakeWorksheetCollection } from "./worksheet-collection";
import { FakeWorkbookProtection } from "./workbook-protection";

/** Excel.Workbook: not a loadable proxy, the root its collections hang from. */
export class FakeWorkbook implements XlWorkbook {
  private xmlParts?: XlCustomXmlPartCollection;
  private settingList?: FakeSettingCollection;
  private sheets?: FakeWorksheetCollection;
  private tableList?: FakeTableCollection;
  private nameList?: FakeNamedItemCollection;
  private protectionMember?: FakeWorkbookProtection;
  constructor(readonly ctx: FakeContext) {}
  get settings(): FakeSettingCollection {
    return (this.settingList ??= this.ctx.classes.SettingCollection.of(this.ctx));
  }
  get worksheets(): FakeWorksheetCollection {
    return (this.sheets ??= new this.ctx.classes.WorksheetCollection(this.ctx, () => this.ctx.state));
  }
  get customXmlParts(): XlCustomXmlPartCollection {
    return (this.xmlParts ??= this.ctx.classes.CustomXmlPartCollection.of(this.ctx));
  }
  get names(): FakeNamedItemCollection {
    return (this.nameList ??= this.ctx.classes.NamedItemCollection.of(this.ctx, () => this.ctx.state.definedNames));
  }
  get tables(): FakeTableCollection {
    return (this.tableList ??= this.ctx.classes.TableCollection.of(this.ctx));
  }
  /** Workbook.protection (ExcelApi 1.7): workbook-protection.ts. */
  get protection(): FakeWorkbookProtection {
    return (this.protectionMember ??= new FakeWorkbookProtection(this.ctx));
  }
  getSelectedRange(): FakeRange {
    return new this.ctx.classes.Range(this.ctx, () => {
      const sel = this.ctx.state.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      // A selected chart: InvalidSelection "by design" (https://github.com/OfficeDev/office-js/issues/2268);
      // a shape or picture likewise fails (https://github.com/OfficeDev/office-js/issues/8).
      if (sel.object)
        throw new FakeOfficeError(
          "InvalidSelection",
          `The current selection is invalid for this operation (a ${sel.object.kind} is selected).`,
          "Workbook.getSelectedRange",
        );
      // Several areas: "this method will throw an error" (Workbook.getSelectedRange reference); the code is
      // InvalidSelection (https://github.com/OfficeDev/office-js-docs-pr/issues/2477).
      if (sel.areas.length !== 1)
        throw new FakeOfficeError(
          "InvalidSelection",
          "The current selection is invalid for this operation (it has several areas).",
          "Workbook.getSelectedRange",
        );
      return { sheet: sel.sheet, rect: sel.areas[0] };
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    return this.ctx.classes.RangeAreas.ofSelection(this.ctx);
  }
}
