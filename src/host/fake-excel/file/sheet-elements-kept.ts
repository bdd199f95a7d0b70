import type { KeptElement } from "../state";
import { ElementsAsXml } from "./elements-as-xml";
import { type SheetParts, relationshipIds } from "./kept-parts";
import type { OpenedSheet } from "./opened-workbook";
import { SheetSettingsReader } from "./sheet-settings";
import { attr } from "./xml-scanner";

/**
 * Worksheet children the fake does not read whose types in CT_Worksheet's schema (ECMA-376 Part 1 §18.3.1.99,
 * Annex A sml.xsd) hold no r:id but where noted, and refer to cells by reference only, so the download keeps them
 * as written: the sheet's calculation setting (sheetCalcPr, CT_SheetCalcPr), what-if scenarios (CT_Scenarios),
 * the Consolidate command's sources (dataConsolidate, CT_DataConsolidate: a CT_DataRef's optional r:id names
 * another workbook), custom views (CT_CustomSheetViews: a view's CT_PageSetup may have an r:id to printer
 * settings), phonetic settings (phoneticPr, CT_PhoneticPr), the Watch Window's cells (cellWatches,
 * CT_CellWatches), the "ignore error" marks (ignoredErrors §18.3.1.51, its ignoredError §18.3.1.50 per MS-XLSX
 * §2.6.54), smart tags (CT_SmartTags) and Publish as Web Page items (webPublishItems, CT_WebPublishItems). One that
 * does hold an r:id would point at nothing in the download: it is named, not kept.
 */
const SELF_CONTAINED = [
  "sheetCalcPr",
  "scenarios",
  "dataConsolidate",
  "customSheetViews",
  "phoneticPr",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "webPublishItems",
];

/**
 * Children of a worksheet (ECMA-376 Part 1 §18.3.1.99) the fake does not read but the download keeps as the file
 * wrote them: the filter (autoFilter §18.3.1.2 with its filterColumn criteria and sortState, and a sheet's own
 * sortState §18.3.1.92) and the print settings (printOptions §18.3.1.70, pageMargins §18.3.1.62, pageSetup
 * §18.3.1.63, headerFooter §18.3.1.46, rowBreaks §18.3.1.74, colBreaks §18.3.1.14) and the hyperlinks
 * (§18.3.1.48; an external one's address is its r:id's relationship, hyperlink-targets.ts), the sheet's protection
 * (sheetProtection §18.3.1.85 with its password hash, protectedRanges §18.3.1.71), which the fake also honours
 * (sheet-protection.ts reads it from here), and the references to the sheet's drawings, note boxes, header and
 * footer pictures and background picture (drawing §18.3.1.36, legacyDrawing (CT_LegacyDrawing), legacyDrawingHF, picture),
 * the embedded objects and controls (oleObjects §18.3.1.60, controls §18.3.1.21), pageSetup's printer settings,
 * the sheet's custom properties (customProperties, CT_CustomProperties) and its DrawingML header and footer pictures
 * (drawingHF §18.3.1.37) (their parts are copied: kept-parts.ts), and the SELF_CONTAINED ones. The saver puts them back at their place in
 * the sequence (worksheet-sequence.ts).
 */
export const KEPT_SHEET_ELEMENTS: ReadonlySet<string> = new Set([
  ...SELF_CONTAINED,
  "sheetProtection",
  "protectedRanges",
  "autoFilter",
  "sortState",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "hyperlinks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "customProperties",
  "drawingHF",
]);

/**
 * Kept children Excel may write inside a worksheet-level mc:AlternateContent (ECMA-376 Part 3 §10.2): Excel 2010
 * and later put `controls` in an x14 Choice when a form control is among them (form controls have no place in
 * Excel 2007's schema), and the whole wrapper is kept in the child's place.
 */
const WRAPPED = ["controls", "oleObjects"];

/** The kept child a worksheet-level mc:AlternateContent wraps, if any (its Choice's child, e.g. `<controls>`). */
function wrappedChild(xml: string): string | undefined {
  return WRAPPED.find((name) => new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`).test(xml));
}

/** sheetPr's children kept with the sheet's settings (sheet-settings.ts): its tab colour and outline settings. */
const SHEET_PR_CHILDREN = ["tabColor", "outlinePr"];

const isOn = (v: string | undefined) => v === "1" || v === "true";

/**
 * A sheet part's handler (beside the cell reader) that keeps its KEPT_SHEET_ELEMENTS as XML, and whether its
 * sheetPr asks to fit the printout to pages (§18.3.1.65 pageSetUpPr fitToPage; without it pageSetup's fitToWidth
 * and fitToHeight do nothing).
 */
export class SheetElementsKept extends ElementsAsXml {
  fitToPage = false;
  /** The name VBA knows the sheet by (§18.3.1.82 sheetPr codeName), kept for the download (vba-project.ts). */
  codeName?: string;

  private readonly settings = new SheetSettingsReader();
  /** sheetViews seen: the first is recorded whole for its pane and selection (sheet-settings.ts). */
  private viewSeen = 0;

  constructor() {
    super(
      (name, depth) =>
        (depth === 2 && (KEPT_SHEET_ELEMENTS.has(name) || name === "AlternateContent")) ||
        (depth === 3 && SHEET_PR_CHILDREN.includes(name)) ||
        (depth === 3 && name === "sheetView" && !this.viewSeen++),
    );
  }

  override open(name: string, tag: string, selfClosing: boolean): void {
    if (name === "pageSetUpPr") this.fitToPage = isOn(attr(tag, "fitToPage"));
    if (name === "sheetPr") this.codeName = attr(tag, "codeName");
    this.settings.open(name, tag);
    super.open(name, tag, selfClosing);
  }

  /**
   * What the sheet keeps for the download: `elements` (these, as the parts reader left them), its fit to pages and
   * VBA code name, and its drawings' and comments' `parts`.
   */
  forSheet(elements: KeptElement[], parts: SheetParts | undefined): NonNullable<OpenedSheet["kept"]> {
    const { fitToPage, codeName } = this;
    for (const e of this.elements) if (SHEET_PR_CHILDREN.includes(e.name)) this.settings.child(e.xml);
    const view = this.elements.find((e) => e.name === "sheetView");
    if (view) this.settings.view(view.xml);
    const settings = this.settings.settings();
    return {
      elements,
      fitToPage,
      ...(parts ? { parts } : {}),
      ...(codeName !== undefined ? { codeName } : {}),
      ...(settings ? { settings } : {}),
    };
  }

  /**
   * The elements kept, a worksheet-level mc:AlternateContent under the name of the kept child it wraps. pageSetup
   * keeps its r:id to the printer settings part (§18.3.1.63), which is copied (sheet-parts-reading.ts). Not kept,
   * and said so by `notKept`: a wrapper that wraps none, a SELF_CONTAINED element with an r:id.
   */
  kept(notKept: () => void): KeptElement[] {
    return this.elements.flatMap(({ name, xml }) => {
      if (SHEET_PR_CHILDREN.includes(name) || name === "sheetView") return []; // the sheet's settings (forSheet)
      const element = name === "AlternateContent" ? wrappedChild(xml) : name;
      const pointsAway = SELF_CONTAINED.includes(name) && relationshipIds(xml).length > 0;
      if (element === undefined || pointsAway) notKept();
      return element === undefined || pointsAway ? [] : [{ element, xml }];
    });
  }
}
