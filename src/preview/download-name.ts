/** What a saved workbook is called when no file was opened: the sample's name. */
export const SAMPLE_FILE_BASE = "TierLadder-sample";

/**
 * What the download is: an Excel workbook (.xlsx), or a macro-enabled one (.xlsm) when it carries the opened file's
 * VBA project (src/host/fake-excel/file/vba-project-writing.ts types its workbook part so). The extension follows
 * what the workbook holds, not the opened file's name: an .xlsm without a VBA project downloads as .xlsx, an .xlsx
 * that holds one (a renamed .xlsm) as .xlsm.
 */
export type DownloadKind = "xlsx" | "xlsm";

/**
 * The media types Office registers for them ("Excel Workbook" and "Excel Macro-Enabled Workbook"; IANA's
 * registrations of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet and
 * application/vnd.ms-excel.sheet.macroEnabled.12).
 */
const MEDIA_TYPES: Record<DownloadKind, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
};

/**
 * The name the downloaded workbook gets: the opened file's name with .xlsx (or .xlsm, `kind`) for its extension
 * ("Q3 sales.csv" → "Q3 sales.xlsx"), or TierLadder-sample.xlsx for the sample. A path (some browsers' File.name on
 * drop) is cut to its last part.
 */
export function downloadName(original?: string, kind: DownloadKind = "xlsx"): string {
  const base = (original ?? "")
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, "")
    .trim();
  return `${base || SAMPLE_FILE_BASE}.${kind}`;
}

/** The media type of a download by its name's extension (downloadName): .xlsm's, else .xlsx's. */
export function downloadMediaType(fileName: string): string {
  return MEDIA_TYPES[/\.xlsm$/i.test(fileName) ? "xlsm" : "xlsx"];
}
