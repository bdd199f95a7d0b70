import type { WorkbookState } from "../state";
import type { FileLang } from "./chart-note";
import { fileWorkbook } from "./file-workbook";
import { writeXlsx } from "./write-xlsx";

export interface SaveXlsxOptions {
  /** The workbook's display language: the language of the notes about charts the file cannot hold. */
  readonly lang: FileLang;
  /** Share of the work done, 0 to 1, now and then while saving (copying cells is most of it). */
  readonly onProgress?: (done: number) => void;
}

/**
 * The fake workbook as .xlsx bytes, written in place (write-xlsx.ts): the cells, formatting, tables, a note in
 * place of each chart (ExcelJS cannot write charts, chart-note.ts), the settings as one custom XML part
 * (settings-part.ts) and the workbook's other custom XML parts (the last-run snapshot) as they are.
 */
export function saveXlsx(state: WorkbookState, options: SaveXlsxOptions): Promise<Uint8Array> {
  return writeXlsx(fileWorkbook(state, options.lang), options.onProgress);
}
