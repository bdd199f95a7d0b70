import type { KeptElement } from "../state";
import { elementParts } from "./element-parts";
import { ElementsAsXml } from "./elements-as-xml";
import { withAttributes } from "./start-tag-attributes";
import { SheetRules } from "./sheet-rules";
import { PIVOT_SLICERS_URI } from "./slicer-caches";
import { TABLE_SLICERS_URI } from "./table-slicers";
import { type XmlHandler, attr } from "./xml-scanner";

/**
 * The extensions of a worksheet's extLst (ECMA-376 Part 1 §18.3.1.99 extLst, §18.2.10 ext) that hold Excel 2010's
 * conditional formats and data validations (MS-XLSX §2.2.4.12, a worksheet's extensions; x14:conditionalFormattings §2.6.1, x14:dataValidations): a
 * data bar's extension, icon sets and rules Excel 2007 cannot hold, lists from another sheet.
 */
export const X14_URIS = {
  conditionalFormat: "{78C0D931-6437-407d-A8EE-F0AAD7539E65}",
  validation: "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",
} as const;

/**
 * The extension that holds a sheet's sparklines (x14:sparklineGroups, MS-XLSX §2.4.8, CT_SparklineGroups §2.6.6;
 * its uri in the table of a worksheet's extensions, §2.2.4.12,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/07d607af-5618-4ca2-b683-6a78dc0d9627). The
 * fake holds no sparklines; they refer to cells by reference only (xm:f, xm:sqref), so they are kept as written.
 */
export const SPARKLINES_URI = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";

/**
 * The extensions that hold Excel 2010's protected ranges (x14:protectedRanges, CT_ProtectedRanges: ranges by xm:sqref
 * with their password hash or security descriptor) and "ignore error" marks (x14:ignoredErrors MS-XLSX §2.4.9,
 * CT_IgnoredErrors §2.6.53: error kinds by xm:sqref), uris from §2.2.4.12's table. Neither holds an r:id: kept as written.
 */
export const SELF_CONTAINED_EXT_URIS = {
  protectedRanges: "{FC87AEE6-9EDD-4A0A-B7FB-166176984837}",
  ignoredErrors: "{01252117-D84E-4E92-8308-4BE1C098FCBB}",
} as const;

/**
 * The extLst extensions the download keeps, as Excel writes their uri, in the order of MS-XLSX §2.2.4.12's table
 * (conditional formats, data validations, sparklines, [slicers], protected ranges, ignored errors), which is the
 * order Excel writes them in; ECMA-376 Part 1 §18.2.7 lets extensions come in any order. Any other ext is named,
 * not kept (sheet-children-not-kept.ts).
 */
export const KEPT_EXT_URIS: readonly string[] = [
  X14_URIS.conditionalFormat,
  X14_URIS.validation,
  SPARKLINES_URI,
  SELF_CONTAINED_EXT_URIS.protectedRanges,
  SELF_CONTAINED_EXT_URIS.ignoredErrors,
];

/**
 * Where a kept extension goes in the sheet's extLst: MS-XLSX §2.2.4.12's table, with the PivotTable slicers'
 * (kept only with their caches, slicer-caches.ts) between the sparklines and the protected ranges, Excel 2013's
 * table slicers' after the ignored errors (the table's order).
 */
export const EXT_ORDER: readonly string[] = [
  ...KEPT_EXT_URIS.slice(0, 3),
  PIVOT_SLICERS_URI,
  ...KEPT_EXT_URIS.slice(3),
  TABLE_SLICERS_URI,
];

/**
 * A kept extension's place in KEPT_EXT_URIS, -1 for any other. The uri is a GUID, whose letters MS-XLSX spells in
 * upper case where Excel writes some in lower case ("{78C0D931-6437-407D-…}" and "…-407d-…"): compared without case.
 */
export function keptExtPlace(uri: string): number {
  return KEPT_EXT_URIS.findIndex((kept) => kept.toUpperCase() === uri.toUpperCase());
}

/** The recorder's choice: a conditionalFormatting (§18.3.1.18), a dataValidation (§18.3.1.32), an extLst's ext. */
const recorded = (name: string, depth: number) =>
  (depth === 2 && name === "conditionalFormatting") || (depth === 3 && (name === "dataValidation" || name === "ext"));

/**
 * A sheet part's handler for its conditional formats and data validations: what the fake holds (sheet-rules.ts)
 * becomes its own rules; every other conditionalFormatting and dataValidation, and the x14 rules of the extLst, are
 * kept as the file wrote them, for the download (kept-rules-merge.ts puts them beside the rules the saver writes),
 * with the sparklines', protected ranges' and ignored errors' extensions, which share the one extLst.
 */
export class SheetRulesKept implements XmlHandler {
  readonly rules: SheetRules;
  private readonly recorder = new ElementsAsXml(recorded);
  private readonly conditionalFormats: string[] = [];
  private readonly validations: string[] = [];
  private readonly extensions: string[] = [];
  /** The file's dataValidations start tag (§18.3.1.33: disablePrompts, xWindow, yWindow besides its count). */
  private validationsTag = "dataValidations";
  private depth = 0;
  /** Whether the events go to `rules`: inside the worksheet's dataValidations or a conditionalFormatting. */
  private toRules = false;

  /** `alsoKept`: further extension uris kept as written (the PivotTable slicers' when their caches are kept, slicer-caches.ts). */
  constructor(
    dxfFills: readonly (string | undefined)[],
    private readonly alsoKept: readonly string[] = [],
  ) {
    this.rules = new SheetRules(dxfFills);
  }

  open(name: string, tag: string, selfClosing: boolean): void {
    this.depth++;
    if (this.depth === 2) this.toRules = name === "dataValidations" || name === "conditionalFormatting";
    if (this.depth === 2 && name === "dataValidations") this.validationsTag = tag;
    this.recorder.open(name, tag, selfClosing);
    if (this.toRules) this.rules.open(name, tag); // an empty-element tag: the scanner calls close() next
  }

  text(raw: string, cdata: boolean): void {
    this.recorder.text(raw, cdata);
    if (this.toRules) this.rules.text(raw, cdata);
  }

  close(name: string): void {
    const before = this.recorder.elements.length;
    this.recorder.close(name);
    if (this.toRules) this.rules.close(name);
    if (this.recorder.elements.length > before) this.choose(this.recorder.elements.pop()!);
    if (this.depth === 2) this.toRules = false;
    this.depth--;
  }

  /** Whether an extension is kept: one of KEPT_EXT_URIS or of `alsoKept`, its uri (a GUID) compared without case. */
  private keeps(uri: string): boolean {
    return keptExtPlace(uri) >= 0 || this.alsoKept.some((kept) => kept.toUpperCase() === uri.toUpperCase());
  }

  /** An element recorded whole: kept unless the fake holds it (or, for an ext, unless it is not one of KEPT_EXT_URIS). */
  private choose(e: { name: string; tag: string; xml: string }): void {
    if (e.name === "conditionalFormatting" && !this.rules.modelled) this.conditionalFormats.push(e.xml);
    else if (e.name === "dataValidation" && !this.rules.modelled) this.validations.push(e.xml);
    else if (e.name === "ext" && this.keeps(attr(e.tag, "uri") ?? "")) this.extensions.push(e.xml);
  }

  /** The kept rules as worksheet children: each conditionalFormatting, one dataValidations, one extLst. */
  kept(): KeptElement[] {
    const kept = this.conditionalFormats.map((xml) => ({ element: "conditionalFormatting", xml }));
    const n = this.validations.length;
    if (n > 0) {
      // The file's attributes on an element of the download's main namespace (no prefix), its count the kept ones'.
      const start = `<${this.validationsTag.replace(/^[^\s/>]+/, "dataValidations")}>`;
      const list = elementParts(withAttributes(`${start}</dataValidations>`, { count: n })).start;
      kept.push({ element: "dataValidations", xml: `${list}${this.validations.join("")}</dataValidations>` });
    }
    if (this.extensions.length > 0)
      kept.push({ element: "extLst", xml: `<extLst>${this.extensions.join("")}</extLst>` });
    return kept;
  }
}
