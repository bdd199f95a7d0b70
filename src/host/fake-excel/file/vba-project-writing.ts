import type { SheetPartsCopier } from "./sheet-parts-writing";
import { withAttributes } from "./start-tag-attributes";
import type { KeptVba } from "./vba-project";

/**
 * The workbook part's content type in a macro-enabled workbook (.xlsm). ECMA-376 Part 1 §12.3.23 gives the
 * workbook part only `…spreadsheetml.sheet.main+xml` (and the template's); Excel's macro-enabled workbook is its own
 * file format (Excel Macro-Enabled Workbook, .xlsm: "You can store VBA macro code or Excel 4.0 macro sheets (.xlm)
 * in this file format",
 * https://support.microsoft.com/en-us/office/file-formats-that-are-supported-in-excel-0943ff2c-6014-4e8d-aaea-b83d51d46247),
 * whose workbook part Excel types as this (as xlsxwriter writes it too). A download that carries a VBA project is
 * typed as this, and named .xlsm by the page (src/preview/download-name.ts).
 */
export const MACRO_ENABLED_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: Uint8Array | string): unknown;
}

const WORKBOOK = "xl/workbook.xml";
const CONTENT_TYPES = "[Content_Types].xml";

/**
 * The element starting at the first `<name` of `xml` (prefixed or not: a kept workbookPr is the file's,
 * workbook-children-kept.ts) with `codeName` set; undefined when there is none.
 */
function withCodeNameOn(xml: string, name: string, codeName: string): string | undefined {
  const at = new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml);
  return at ? xml.slice(0, at.index) + withAttributes(xml.slice(at.index), { codeName }) : undefined;
}

/**
 * A worksheet part as ExcelJS wrote it, with the sheet's VBA code name (§18.3.1.82 sheetPr codeName), which
 * ExcelJS does not write: on its sheetPr, or on a new one as the root's first child (CT_Worksheet §18.3.1.99).
 */
export function withSheetCodeName(sheetXml: string, codeName: string | undefined): string {
  if (codeName === undefined) return sheetXml;
  const kept = withCodeNameOn(sheetXml, "sheetPr", codeName);
  if (kept !== undefined) return kept;
  const root = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new Error("The worksheet part has no worksheet element.");
  const end = root.index + root[0].length;
  return sheetXml.slice(0, end) + withAttributes("<sheetPr/>", { codeName }) + sheetXml.slice(end);
}

/**
 * An opened file's VBA (vba-project.ts) into the package ExcelJS wrote: the workbook's code name on the workbookPr
 * ExcelJS writes (§18.2.28), and the VBA project copied byte for byte with its signatures (sheet-parts-writing.ts,
 * as a sheet's drawings: the workbook part relates to the copy, [Content_Types].xml types it when `copier` finishes)
 * and the workbook part typed as a macro-enabled workbook's. Before `copier.finish()`.
 */
export async function keepVba(zip: Zip, vba: KeptVba | undefined, copier: SheetPartsCopier): Promise<void> {
  if (!vba) return;
  const read = async (path: string) => {
    const part = zip.file(path);
    if (!part) throw new Error(`The workbook package has no ${path}.`);
    return part.async("string");
  };
  if (vba.codeName !== undefined) {
    const book = withCodeNameOn(await read(WORKBOOK), "workbookPr", vba.codeName);
    if (book === undefined) throw new Error(`The workbook package's ${WORKBOOK} has no workbookPr.`);
    zip.file(WORKBOOK, book);
  }
  if (!vba.project) return;
  await copier.sheet(WORKBOOK, vba.project, []);
  const types = await read(CONTENT_TYPES);
  const override = new RegExp(`<Override\\b[^>]*\\sPartName="/${WORKBOOK.replace(/\./g, "\\.")}"[^>]*>`).exec(types);
  if (!override) throw new Error(`The workbook package's ${CONTENT_TYPES} does not type ${WORKBOOK}.`);
  const typed = withAttributes(override[0], { ContentType: MACRO_ENABLED_WORKBOOK });
  zip.file(CONTENT_TYPES, types.slice(0, override.index) + typed + types.slice(override.index + override[0].length));
}
