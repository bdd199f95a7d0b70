import { parseAddress } from "../../../engine/cells";
import type { CondFormatRecord, ValidationRecord } from "../state";
import type { NotKeptFeature } from "./not-kept";
import { type XmlHandler, attr, xmlText } from "./xml-scanner";

/**
 * ST_ConditionalFormattingOperator (ECMA-376 Part 1 §18.18.15) as Office.js names it
 * (Excel.ConditionalCellValueOperator, https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcellvalueoperator):
 * the inverse of what the saver writes (sheet-to-worksheet.ts). Between and NotBetween take two formulas, which
 * the fake's rule does not hold, so they are not read.
 */
const OPERATORS: ReadonlyMap<string, string> = new Map([
  ["equal", "EqualTo"],
  ["notEqual", "NotEqualTo"],
  ["greaterThan", "GreaterThan"],
  ["lessThan", "LessThan"],
  ["greaterThanOrEqual", "GreaterThanOrEqual"],
  ["lessThanOrEqual", "LessThanOrEqual"],
]);

/** Each rectangle of a space-separated list of ranges (ST_Sqref, §18.18.76); undefined if one is not a range. */
function sqrefRects(sqref: string | undefined) {
  const parts = (sqref ?? "").split(/\s+/).filter(Boolean);
  const rects = parts.map((p) => parseAddress(p)?.rect);
  return rects.length > 0 && rects.every((r) => r !== undefined) ? rects.map((r) => r!) : undefined;
}

/**
 * A sheet's data validation lists and conditional formats, as far as the fake holds them: a list validation of
 * literal items (§18.3.1.32, formula1 a quoted, comma-separated string, as Excel writes a typed-in source) and a
 * cell-value rule with one formula and a solid fill (§18.3.1.10 cfRule type cellIs, its dxf's fill). Anything
 * else of the two (a list from a range, a number or date rule, colour scales, icon sets, the x14 rules of extLst)
 * is reported as not kept. Fed only the events inside dataValidations and conditionalFormatting (not-kept.ts).
 */
export class SheetRules implements XmlHandler {
  readonly validations: ValidationRecord[] = [];
  readonly condFormats: CondFormatRecord[] = [];
  private sqref: string | undefined;
  private rule: { type?: string; operator?: string; dxfId?: string; formulas: string[] } | undefined;
  private formulaText: string | undefined;

  constructor(
    /** Each differential format's solid fill ("#RRGGBB"), by dxfId (styles.xml dxfs, §18.8.17). */
    private readonly dxfFills: readonly (string | undefined)[],
    private readonly notKept: (feature: NotKeptFeature) => void,
  ) {}

  open(name: string, tag: string, selfClosing: boolean): void {
    if (name === "dataValidation" || name === "cfRule") {
      if (name === "dataValidation") this.sqref = attr(tag, "sqref");
      this.rule = { type: attr(tag, "type"), operator: attr(tag, "operator"), dxfId: attr(tag, "dxfId"), formulas: [] };
      if (selfClosing) this.close(name);
    } else if (name === "conditionalFormatting") this.sqref = attr(tag, "sqref");
    else if (name === "formula1" || name === "formula2" || name === "formula") this.formulaText = "";
  }

  text(raw: string, cdata: boolean): void {
    if (this.formulaText !== undefined) this.formulaText += xmlText(raw, cdata);
  }

  close(name: string): void {
    if (name === "formula1" || name === "formula2" || name === "formula") {
      if (this.formulaText !== undefined) this.rule?.formulas.push(this.formulaText);
      this.formulaText = undefined;
    } else if (name === "dataValidation") this.endValidation();
    else if (name === "cfRule") this.endCondFormat();
  }

  private endValidation(): void {
    const rule = this.rule;
    this.rule = undefined;
    const rects = sqrefRects(this.sqref);
    const literal = rule?.type === "list" && rule.formulas.length === 1 ? /^"(.*)"$/s.exec(rule.formulas[0]) : null;
    if (!rects || !literal) return this.notKept("validation");
    for (const rect of rects) this.validations.push({ rect, list: literal[1].split(",") });
  }

  private endCondFormat(): void {
    const rule = this.rule;
    this.rule = undefined;
    const rects = sqrefRects(this.sqref);
    const operator = rule?.operator === undefined ? undefined : OPERATORS.get(rule.operator);
    const fill = rule?.dxfId === undefined ? undefined : this.dxfFills[Number(rule.dxfId)];
    if (!rects || rule?.type !== "cellIs" || !operator || rule.formulas.length !== 1 || fill === undefined)
      return this.notKept("conditionalFormats");
    for (const rect of rects) this.condFormats.push({ rect, operator, formula1: `=${rule.formulas[0]}`, fill });
  }
}
