import type { FileWorkbook } from "./file-workbook";
import type { SheetPartsCopier } from "./sheet-parts-writing";

const WORKBOOK = "xl/workbook.xml";

/** Whether a saved sheet still has an array formula with a cm (array-formulas.ts), which the metadata part gives meaning. */
function someCellMetadata(file: FileWorkbook): boolean {
  for (const sheet of file.sheets)
    for (const array of sheet.arrayFormulas?.values() ?? []) if (array.cm !== undefined) return true;
  return false;
}

/**
 * An opened file's metadata part (cell-metadata.ts) into the package ExcelJS wrote, byte for byte with what it
 * reaches, as the VBA project is (sheet-parts-writing.ts: the workbook part relates to the copy, [Content_Types].xml
 * types it when `copier` finishes), so the saved cells' cm still index it; left out when no saved cell has a cm
 * (their anchors overwritten, their sheets deleted): a part nothing uses. Before `copier.finish()`.
 */
export async function keepCellMetadata(file: FileWorkbook, copier: SheetPartsCopier): Promise<void> {
  if (file.cellMetadata && someCellMetadata(file)) await copier.sheet(WORKBOOK, file.cellMetadata, []);
}
