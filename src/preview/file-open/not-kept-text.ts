import type { NotKept } from "../../host";
import { type PreviewStrings, fill } from "../preview-strings";

/**
 * The sentence that tells the user what of their file the download will not have ("merged cells (on Sheet1,
 * Orders); named ranges"), in the page's language; undefined when everything is kept.
 */
export function notKeptText(strings: PreviewStrings, fileNotKept: readonly NotKept[]): string | undefined {
  if (fileNotKept.length === 0) return undefined;
  const list = fileNotKept
    .map(({ feature, sheets }) => {
      const name = strings[`notKept_${feature}`];
      return sheets.length === 0
        ? name
        : fill(strings.notKeptOnSheets, { feature: name, sheets: sheets.join(strings.sheetSeparator) });
    })
    .join(strings.notKeptSeparator);
  return fill(strings.openNotKept, { list });
}
