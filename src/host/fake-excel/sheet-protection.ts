import { type Rect, intersect } from "../../engine/cells";
import { attr } from "./file/xml-scanner";
import { legacyPasswordHash } from "./legacy-password-hash";
import type { KeptElement, SheetState, WorkbookState } from "./state";

/**
 * A sheet's protection as Office.js shows it (Excel.WorksheetProtection, ExcelApi 1.2:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection), held as the file holds it: the
 * sheet's `<sheetProtection>` element (ECMA-376 Part 1 §18.3.1.85) among its kept elements (sheet-elements-kept.ts),
 * so an opened file's protection, and one set with protect(), go to the download as they are.
 */
export type ProtectionOption =
  | "allowAutoFilter"
  | "allowDeleteColumns"
  | "allowDeleteRows"
  | "allowEditObjects"
  | "allowEditScenarios"
  | "allowFormatCells"
  | "allowFormatColumns"
  | "allowFormatRows"
  | "allowInsertColumns"
  | "allowInsertHyperlinks"
  | "allowInsertRows"
  | "allowPivotTables"
  | "allowSort";

/** Excel.WorksheetProtectionOptions. */
export type ProtectionOptions = { [K in ProtectionOption]: boolean } & {
  selectionMode: "Normal" | "Unlocked" | "None";
};

/**
 * Each option's attribute of §18.3.1.85 and its schema default. The attribute says the action is *locked*
 * ("1": not allowed while the sheet is protected), the inverse of Office.js's allowX; objects and scenarios
 * default to not locked, the others to locked.
 */
const ATTRIBUTES: readonly (readonly [ProtectionOption, string, boolean])[] = [
  ["allowAutoFilter", "autoFilter", true],
  ["allowDeleteColumns", "deleteColumns", true],
  ["allowDeleteRows", "deleteRows", true],
  ["allowEditObjects", "objects", false],
  ["allowEditScenarios", "scenarios", false],
  ["allowFormatCells", "formatCells", true],
  ["allowFormatColumns", "formatColumns", true],
  ["allowFormatRows", "formatRows", true],
  ["allowInsertColumns", "insertColumns", true],
  ["allowInsertHyperlinks", "insertHyperlinks", true],
  ["allowInsertRows", "insertRows", true],
  ["allowPivotTables", "pivotTables", true],
  ["allowSort", "sort", true],
];

/** xsd:boolean (XML Schema Part 2 §3.2.2): "1" or "true". */
const isTrue = (v: string | undefined, otherwise: boolean) => (v === undefined ? otherwise : v === "1" || v === "true");

/** What a sheetProtection element says. */
export interface SheetProtection {
  /** §18.3.1.85 sheet: the sheet is protected only when it is "1" (an element without it only keeps options). */
  readonly protected: boolean;
  readonly options: ProtectionOptions;
  /** The legacy 16-bit password hash (the `password` attribute), or a strong one (hashValue with algorithmName). */
  readonly password?: { readonly legacy: string } | { readonly algorithm: string };
}

const ELEMENT = "sheetProtection";

/** The sheet's protection element, or undefined when it has none. */
function elementOf(sheet: SheetState): KeptElement | undefined {
  return sheet.keptElements.find((e) => e.element === ELEMENT);
}

/** The sheet's protection; an unprotected sheet's options are the schema's defaults. */
export function protectionOf(sheet: SheetState): SheetProtection {
  const xml = elementOf(sheet)?.xml ?? "";
  const tag = xml.slice(0, xml.indexOf(">") + 1);
  const locked = (name: string, byDefault: boolean) => isTrue(attr(tag, name), byDefault);
  const options = Object.fromEntries(ATTRIBUTES.map(([option, name, d]) => [option, !locked(name, d)]));
  const selectionMode = locked("selectUnlockedCells", false)
    ? "None"
    : locked("selectLockedCells", false)
      ? "Unlocked"
      : "Normal";
  const legacy = attr(tag, "password");
  const algorithm = attr(tag, "algorithmName");
  return {
    protected: tag !== "" && locked("sheet", false),
    options: { ...(options as { [K in ProtectionOption]: boolean }), selectionMode },
    ...(legacy !== undefined ? { password: { legacy } } : algorithm !== undefined ? { password: { algorithm } } : {}),
  };
}

export const isProtected = (sheet: SheetState): boolean =>
  elementOf(sheet) !== undefined && protectionOf(sheet).protected;

/**
 * Protects the sheet as WorksheetProtection.protect(options, password) asks: a sheetProtection element with every
 * option written out (an option not given is not allowed, as Excel's Protect Sheet dialog leaves all but selecting
 * cells unticked), and the password's legacy hash.
 */
export function protectSheet(sheet: SheetState, options: Partial<ProtectionOptions>, password?: string): void {
  const attributes = [
    ...(password ? [`password="${legacyPasswordHash(password)}"`] : []),
    'sheet="1"',
    ...ATTRIBUTES.map(([option, name]) => `${name}="${options[option] === true ? 0 : 1}"`),
    ...(options.selectionMode === "Unlocked" || options.selectionMode === "None" ? ['selectLockedCells="1"'] : []),
    ...(options.selectionMode === "None" ? ['selectUnlockedCells="1"'] : []),
  ];
  unprotectSheet(sheet);
  sheet.keptElements.push({ element: ELEMENT, xml: `<${ELEMENT} ${attributes.join(" ")}/>` });
}

/** Takes the sheet's protection element away (allowed ranges, protectedRanges §18.3.1.71, stay for next time). */
export function unprotectSheet(sheet: SheetState): void {
  sheet.keptElements = sheet.keptElements.filter((e) => e.element !== ELEMENT);
}

/**
 * Whether a cell is locked (§18.8.33 protection locked, "1" by default): only a cell whose opened file's cell format
 * says `<protection locked="0"/>` is not (the fake keeps that format as the cell's fileStyle; a cell without one,
 * or whose formats were cleared, has the workbook's Normal, normal-style.ts, which may say so too). The style
 * records are in the order written: the last one with a file style over the cell decides.
 */
export function firstLockedCell(state: WorkbookState, sheet: SheetState, rect: Rect): [number, number] | undefined {
  const xfs = state.fileStyles?.xfs ?? [];
  const records = sheet.styles.filter((s) => s.fileStyle !== undefined && intersect(s.rect, rect));
  const normal = state.fileStyles?.normal?.cellXf.children ?? "";
  const unlocked = (style: number | null | undefined) =>
    /<protection\b[^>]*\slocked\s*=\s*["'](0|false)["']/.test(style == null ? normal : (xfs[style]?.children ?? ""));
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      let style: number | null | undefined;
      for (let i = records.length - 1; i >= 0 && style === undefined; i--) {
        const { rect: at } = records[i];
        if (r >= at.row && r < at.row + at.rowCount && c >= at.column && c < at.column + at.columnCount)
          style = records[i].fileStyle;
      }
      if (!unlocked(style)) return [r, c];
    }
  return undefined;
}
