import { parseAddress } from "../../../engine/cells";
import type { CondFormatRecord, ValidationRecord } from "../state";
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

/** Attributes of a start tag by name (values as written). */
const attributeNames = (tag: string) => [...tag.matchAll(/\s([\w:.-]+)\s*=/g)].map((m) => m[1]);

/**
 * The attributes a list validation may have for the fake to hold it: what the saver writes back for one
 * (sheet-to-worksheet.ts: type, allowBlank, showErrorMessage) and showInputMessage, which shows nothing without a
 * prompt. One with a prompt, an error text, another error style or a hidden drop-down goes as the file wrote it.
 */
const LIST_ATTRIBUTES = new Set(["type", "allowBlank", "showErrorMessage", "showInputMessage", "sqref"]);
/** A cell-value rule's attributes the fake holds; one with stopIfTrue (§18.3.1.10) goes as the file wrote it. */
const CELL_IS_ATTRIBUTES = new Set(["type", "operator", "dxfId", "priority"]);
const isOn = (v: string | undefined) => v === "1" || v === "true";

/**
 * A sheet's data validation lists and conditional formats, as far as the fake holds them: a list validation of
 * literal items (§18.3.1.32, formula1 a quoted, comma-separated string, as Excel writes a typed-in source) and a
 * cell-value rule with one formula whose format is a solid fill (§18.3.1.10 cfRule type cellIs, its dxf's fill),
 * with its priority in the file. `modelled` says, after each dataValidation or conditionalFormatting ends, whether
 * the fake holds it (a conditionalFormatting only when it holds all its rules); what it does not hold is kept as XML
 * (sheet-rules-kept.ts). Fed only the events inside dataValidations and conditionalFormatting of the worksheet.
 */
export class SheetRules implements XmlHandler {
  readonly validations: ValidationRecord[] = [];
  readonly condFormats: CondFormatRecord[] = [];
  modelled = false;
  private sqref: string | undefined;
  private rule: { tag: string; formulas: string[] } | undefined;
  private formulaText: string | undefined;
  /** The rules of the conditionalFormatting being read, and whether the fake holds each so far. */
  private formats: CondFormatRecord[] = [];
  private allHeld = true;

  constructor(
    /** Each differential format's solid fill ("#RRGGBB"), by dxfId (styles.xml dxfs, §18.8.17). */
    private readonly dxfFills: readonly (string | undefined)[],
  ) {}

  // The scanner closes an empty-element tag itself (xml-scanner.ts), so open() need not.
  open(name: string, tag: string): void {
    if (name === "dataValidation" || name === "cfRule") {
      if (name === "dataValidation") this.sqref = attr(tag, "sqref");
      this.rule = { tag, formulas: [] };
    } else if (name === "conditionalFormatting") {
      this.sqref = attr(tag, "sqref");
      this.formats = [];
      this.allHeld = true;
    } else if (name === "formula1" || name === "formula2" || name === "formula") this.formulaText = "";
  }

  text(raw: string, cdata: boolean): void {
    if (this.formulaText !== undefined) this.formulaText += xmlText(raw, cdata);
  }

  close(name: string): void {
    if (name === "formula1" || name === "formula2" || name === "formula") {
      if (this.formulaText !== undefined) this.rule?.formulas.push(this.formulaText);
      this.formulaText = undefined;
    } else if (name === "dataValidation") this.endValidation();
    else if (name === "cfRule") this.endRule();
    else if (name === "conditionalFormatting") {
      this.modelled = this.allHeld && this.formats.length > 0;
      if (this.modelled) this.condFormats.push(...this.formats);
    }
  }

  private endValidation(): void {
    const rule = this.rule;
    this.rule = undefined;
    const rects = sqrefRects(this.sqref);
    const tag = rule?.tag ?? "";
    const plain =
      attributeNames(tag).every((a) => LIST_ATTRIBUTES.has(a)) &&
      isOn(attr(tag, "allowBlank")) &&
      isOn(attr(tag, "showErrorMessage"));
    const literal =
      attr(tag, "type") === "list" && rule?.formulas.length === 1 ? /^"(.*)"$/s.exec(rule.formulas[0]) : null;
    this.modelled = rects !== undefined && literal !== null && plain;
    if (this.modelled) for (const rect of rects!) this.validations.push({ rect, list: literal![1].split(",") });
  }

  private endRule(): void {
    const rule = this.rule;
    this.rule = undefined;
    const rects = sqrefRects(this.sqref);
    const tag = rule?.tag ?? "";
    const operator = OPERATORS.get(attr(tag, "operator") ?? "");
    const dxfId = attr(tag, "dxfId");
    const fill = dxfId === undefined ? undefined : this.dxfFills[Number(dxfId)];
    const priority = Number(attr(tag, "priority"));
    const held =
      rects !== undefined &&
      attr(tag, "type") === "cellIs" &&
      attributeNames(tag).every((a) => CELL_IS_ATTRIBUTES.has(a)) &&
      operator !== undefined &&
      rule?.formulas.length === 1 &&
      fill !== undefined &&
      Number.isInteger(priority);
    if (!held) this.allHeld = false;
    else
      for (const rect of rects) this.formats.push({ rect, operator, formula1: `=${rule.formulas[0]}`, fill, priority });
  }
}
