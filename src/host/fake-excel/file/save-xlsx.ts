import type { WorkbookState } from "../state";
import type { FileLang } from "./chart-note";
import { fileWorkbook } from "./file-workbook";
import { saveInWorker, startSaveWorker } from "./save-in-worker";
import { writeXlsx } from "./write-xlsx";

export interface SaveXlsxOptions {
  /** The workbook's display language: the language of the notes about charts the file cannot hold. */
  readonly lang: FileLang;
  /** Share of the work done, 0 to 1, now and then while saving (copying cells is most of it). */
  readonly onProgress?: (done: number) => void;
}

/**
 * The fake workbook as .xlsx bytes (write-xlsx.ts): the cells, formatting, tables, a note in place of each chart
 * (ExcelJS cannot write charts, chart-note.ts), the settings as one custom XML part (settings-part.ts) and the
 * workbook's other custom XML parts (the last-run snapshot) as they are. In a browser it is written in a worker:
 * ExcelJS renders a sheet's XML in one go, which at 1,048,576 rows would hold the page for minutes
 * (bench/file-save.bench.ts); without Web Workers (jest) it is written in place.
 */
export function saveXlsx(state: WorkbookState, options: SaveXlsxOptions): Promise<Uint8Array> {
  const file = fileWorkbook(state, options.lang);
  const worker = startSaveWorker();
  return worker ? saveInWorker(worker, file, options.onProgress) : writeXlsx(file, options.onProgress);
}
