import type { Rect } from "../../../engine/cells";
import type { KeptElement } from "../state";
import { elementParts } from "./element-parts";
import { X14_URIS } from "./sheet-rules-kept";
import { sqrefMinus } from "./sqref-minus";
import { withAttributes } from "./start-tag-attributes";
import { siblingElements } from "./worksheet-sequence";
import { attr } from "./xml-scanner";

/** Which rules: data validations (§18.3.1.32, and x14:dataValidation) or conditional formats (§18.3.1.18, x14's). */
export type KeptRuleKind = "validation" | "conditionalFormat";

/** A rule element without the cells of `hole` in its sqref attribute; "" when it is left on no cell. */
function offSqrefAttribute(xml: string, hole: Rect): string {
  const sqref = attr(elementParts(xml).start, "sqref") ?? "";
  const left = sqrefMinus(sqref, hole);
  return left === sqref ? xml : left === "" ? "" : withAttributes(xml, { sqref: left });
}

/** An x14 rule (MS-XLSX §2.6: its cells in an xm:sqref child) without the cells of `hole`; "" when left on none. */
function offSqrefChild(xml: string, hole: Rect): string {
  const m = /(<([\w.-]+:)?sqref\b[^>]*>)([^<]*)(<\/)/.exec(xml);
  if (!m) return xml;
  const left = sqrefMinus(m[3], hole);
  if (left === m[3]) return xml;
  if (left === "") return "";
  const at = m.index + m[1].length;
  return xml.slice(0, at) + left + xml.slice(at + m[3].length);
}

/** A list element (dataValidations, an x14 wrapper) with each child through `each`; "" when no child is left. */
function offChildren(xml: string, each: (child: string) => string): string {
  const { start, inner, end } = elementParts(xml);
  const before = siblingElements(inner).elements.map((e) => e.xml);
  const children = before.map(each);
  if (children.every((c, k) => c === before[k])) return xml;
  const left = children.filter((c) => c !== "");
  if (left.length === 0) return "";
  const tag = / count=/.test(start) ? elementParts(withAttributes(start + end, { count: left.length })).start : start;
  return tag + left.join("") + end;
}

/** An extLst with the kind's x14 rules taken off `hole` (an ext left without rules goes); "" when none is left. */
function offExtensions(xml: string, kind: KeptRuleKind, hole: Rect): string {
  return offChildren(xml, (ext) =>
    attr(elementParts(ext).start, "uri") === X14_URIS[kind]
      ? offChildren(ext, (wrapper) => offChildren(wrapper, (rule) => offSqrefChild(rule, hole)))
      : ext,
  );
}

/**
 * A sheet's kept elements with the kept rules of `kind` (sheet-rules-kept.ts) taken off the cells of `hole`, as
 * Excel does when a range's rules are cleared or replaced: Office.js's DataValidation.clear() "clears the data
 * validation from the current range" and ConditionalFormatCollection.clearAll() "clears all conditional formats
 * active on the current specified range"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1),
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1));
 * a rule's other cells keep it. A rule left on no cell goes. Setting a range's DataValidation.rule replaces the rule
 * of its cells, which takes the kept ones off them first: a cell holds one validation (§18.3.1.32; Excel repairs a
 * file whose validations overlap).
 */
export function keptRulesOffCells(kept: readonly KeptElement[], kind: KeptRuleKind, hole: Rect): KeptElement[] {
  const out: KeptElement[] = [];
  for (const e of kept) {
    let xml = e.xml;
    if (kind === "conditionalFormat" && e.element === "conditionalFormatting") xml = offSqrefAttribute(xml, hole);
    else if (kind === "validation" && e.element === "dataValidations")
      xml = offChildren(xml, (v) => offSqrefAttribute(v, hole));
    else if (e.element === "extLst") xml = offExtensions(xml, kind, hole);
    if (xml !== "") out.push(xml === e.xml ? e : { ...e, xml });
  }
  return out;
}
