import { attr } from "./file/xml-scanner";
import { legacyPasswordHash } from "./legacy-password-hash";
import { undocumented } from "./undocumented";
import type { WorkbookState } from "./state";

/**
 * The workbook's protection, held as the file holds it: its `<workbookProtection>` element (ECMA-376 Part 1
 * §18.2.29) as XML on the workbook (WorkbookState.workbookProtection), so an opened file's protection, and one set
 * with WorkbookProtection.protect(), go to the download as they are (workbook-protection-xml.ts puts it back).
 */
export interface BookProtection {
  /** §18.2.29 lockStructure: sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  readonly structure: boolean;
  /** §18.2.29 lockWindows: the workbook's windows keep their size and place. */
  readonly windows: boolean;
  /** The legacy 16-bit hash (workbookPassword), or a strong one (workbookHashValue with workbookAlgorithmName). */
  readonly password?: { readonly legacy: string } | { readonly algorithm: string };
}

/** xsd:boolean (XML Schema Part 2 §3.2.2): "1" or "true"; both attributes default to false (§18.2.29). */
const isTrue = (v: string | undefined) => v === "1" || v === "true";

export function bookProtectionOf(state: WorkbookState): BookProtection {
  const xml = state.workbookProtection ?? "";
  const tag = xml.slice(0, xml.indexOf(">") + 1);
  const legacy = attr(tag, "workbookPassword");
  const algorithm = attr(tag, "workbookAlgorithmName");
  return {
    structure: isTrue(attr(tag, "lockStructure")),
    windows: isTrue(attr(tag, "lockWindows")),
    ...(legacy !== undefined ? { password: { legacy } } : algorithm !== undefined ? { password: { algorithm } } : {}),
  };
}

/**
 * WorkbookProtection.protected, "Specifies if the workbook is protected"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection): the structure or the windows
 * locked, as Excel's Review › Protect Workbook shows it on (an element locking neither keeps only a password).
 */
export function isBookProtected(state: WorkbookState): boolean {
  const p = bookProtectionOf(state);
  return p.structure || p.windows;
}

/**
 * WorkbookProtection.protect(password): Office.js takes no options, and protects "the workbook's structure"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-the-workbooks-structure),
 * so the structure is locked, with the password's legacy hash (§18.2.29 workbookPassword, legacy-password-hash.ts).
 */
export function protectBook(state: WorkbookState, password?: string): void {
  const hash = password ? ` workbookPassword="${legacyPasswordHash(password)}"` : "";
  state.workbookProtection = `<workbookProtection${hash} lockStructure="1"/>`;
}

export function unprotectBook(state: WorkbookState): void {
  state.workbookProtection = undefined;
}

/**
 * A change to the workbook's structure (adding, deleting or renaming a sheet) while it is locked. Excel refuses
 * these (Review › Protect Workbook: "prevent other users from viewing hidden worksheets, adding, moving, deleting,
 * or hiding worksheets, and renaming worksheets", https://support.microsoft.com/en-us/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517),
 * but Office.js documents no error for it on these calls: the fake does not guess one (undocumented.ts).
 */
export function checkStructureUnlocked(state: WorkbookState, where: string): void {
  if (bookProtectionOf(state).structure) throw undocumented(`${where} while the workbook's structure is protected`);
}
