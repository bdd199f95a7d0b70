import { fileKind } from "./file-kind";
import { openCsv } from "./open-csv";
import { openXlsx } from "./open-xlsx";
import type { OpenProgress, OpenedWorkbook } from "./opened-workbook";

/**
 * Reads a workbook file the user opened (.xlsx or .csv, told apart by its bytes first): the one entry the
 * worker calls. Throws FileOpenError, with what was wrong, for anything it cannot open.
 */
export async function openWorkbookFile(
  fileName: string,
  bytes: Uint8Array,
  progress?: (p: OpenProgress) => void,
): Promise<OpenedWorkbook> {
  return fileKind(fileName, bytes) === "csv" ? openCsv(fileName, bytes, progress) : openXlsx(fileName, bytes, progress);
}
