import { intersect } from "../../engine/cells";
import type { XlConditionalFormat, XlConditionalFormatCollection } from "../excel";
import { jsonBytes } from "./fake-object";
import { keptRulesOffCells } from "./file/kept-rules-off-cells";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";
import { checkUnprotected } from "./protected-writes";
import type { FakeRange } from "./range";
import { rangeWhere } from "./range-target";
import type { CondFormatRecord } from "./state";

type CellValueRule = XlConditionalFormat["cellValue"]["rule"];

class FakeConditionalFill {
  constructor(
    private readonly range: FakeRange,
    private readonly record: CondFormatRecord,
  ) {}
  set color(v: string) {
    this.range.act("conditionalFormat.fill", jsonBytes(v), () => {
      this.record.fill = v;
    });
  }
  get color(): string {
    throw propertyNotLoaded("cellValue/format/fill/color");
  }
}

/** ConditionalFormat.cellValue: the fill and the rule, kept in the sheet's record of the format. */
class FakeCellValueFormat {
  readonly format: { readonly fill: FakeConditionalFill };
  // What reading the rule returns: the fake keeps the rule set in the record, not here (as before the split).
  private readonly emptyRule: CellValueRule = { formula1: "", operator: "" };
  constructor(
    private readonly range: FakeRange,
    private readonly record: CondFormatRecord,
  ) {
    this.format = { fill: new FakeConditionalFill(range, record) };
  }
  get rule(): CellValueRule {
    return this.emptyRule;
  }
  set rule(v: CellValueRule) {
    this.range.act("conditionalFormat.rule", jsonBytes(v), () => {
      this.record.formula1 = v.formula1;
      this.record.operator = String(v.operator);
    });
  }
}

/** Range.conditionalFormats (ExcelApi 1.6): CellValue formats only. */
export class FakeConditionalFormats implements XlConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}
  add(type: "CellValue"): XlConditionalFormat {
    const record: CondFormatRecord = {
      rect: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
      operator: "",
      formula1: "",
    };
    this.range.act(
      "conditionalFormats.add",
      jsonBytes(type),
      (t) => {
        this.range.need("ExcelApi", "1.6", "Range.conditionalFormats");
        checkUnprotected(t.sheet, "ConditionalFormatCollection.add");
        if (type !== "CellValue")
          throw new FakeOfficeError(
            "InvalidArgument",
            `The fake Excel supports CellValue conditional formats only, not ${type}.`,
          );
        record.rect = t.rect;
        t.sheet.condFormats.push(record);
      },
      rangeWhere,
    );
    return { cellValue: new FakeCellValueFormat(this.range, record) };
  }
  clearAll(): void {
    this.range.act("conditionalFormats.clearAll", 0, (t) => {
      this.range.need("ExcelApi", "1.6", "Range.conditionalFormats");
      checkUnprotected(t.sheet, "ConditionalFormatCollection.clearAll");
      t.sheet.condFormats = t.sheet.condFormats.filter((f) => !intersect(f.rect, t.rect));
      // An opened file's kept rules leave these cells, and stay on their others (kept-rules-off-cells.ts).
      t.sheet.keptElements = keptRulesOffCells(t.sheet.keptElements, "conditionalFormat", t.rect);
    });
  }
}
