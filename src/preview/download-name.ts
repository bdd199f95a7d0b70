/** What a saved workbook is called when no file was opened: the sample's name. */
export const SAMPLE_FILE_BASE = "TierLadder-sample";

/**
 * The name the downloaded workbook gets: the opened file's name with .xlsx for its extension ("Q3 sales.csv" →
 * "Q3 sales.xlsx"), or TierLadder-sample.xlsx for the sample. A path (some browsers' File.name on drop) is cut to its last part.
 */
export function downloadName(original?: string): string {
  const base = (original ?? "")
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, "")
    .trim();
  return `${base || SAMPLE_FILE_BASE}.xlsx`;
}
