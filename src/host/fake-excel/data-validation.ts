import { intersect } from "../../engine/cells";
import type { XlDataValidation } from "../excel";
import { jsonBytes } from "./fake-object";
import { keptRulesOffCells } from "./file/kept-rules-off-cells";
import { FakeOfficeError } from "./office-error";
import { checkUnprotected } from "./protected-writes";
import type { FakeRange } from "./range";
import { rangeWhere } from "./range-target";

type ValidationRule = XlDataValidation["rule"];

/** Range.dataValidation (ExcelApi 1.8): list validations with a comma-separated source. */
export class FakeDataValidation implements XlDataValidation {
  private lastRule: ValidationRule = {};
  constructor(private readonly range: FakeRange) {}
  get rule(): ValidationRule {
    return this.lastRule;
  }
  set rule(v: ValidationRule) {
    this.lastRule = v;
    this.range.act(
      "dataValidation.rule",
      jsonBytes(v),
      (t) => {
        this.range.need("ExcelApi", "1.8", "Range.dataValidation");
        checkUnprotected(t.sheet, "DataValidation.rule");
        if (!v.list || typeof v.list.source !== "string")
          throw new FakeOfficeError(
            "InvalidArgument",
            "The fake Excel supports list validations with a comma-separated source only.",
          );
        t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
        // The new rule replaces an opened file's kept validations on these cells (kept-rules-off-cells.ts).
        t.sheet.keptElements = keptRulesOffCells(t.sheet.keptElements, "validation", t.rect);
        t.sheet.validations.push({ rect: t.rect, list: v.list.source.split(",") });
      },
      rangeWhere,
    );
  }
  clear(): void {
    this.range.act("dataValidation.clear", 0, (t) => {
      this.range.need("ExcelApi", "1.8", "Range.dataValidation");
      checkUnprotected(t.sheet, "DataValidation.clear");
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
      t.sheet.keptElements = keptRulesOffCells(t.sheet.keptElements, "validation", t.rect);
    });
  }
}
