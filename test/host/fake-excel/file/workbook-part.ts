import JSZip from "jszip";

/** The workbook part (xl/workbook.xml) of a saved package, read with JSZip, not the code under test. */
export const workbookPart = async (bytes: Uint8Array): Promise<string> =>
  (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");

/** The names of the workbook part's root's children, in order (tags counted by depth; the root is depth 1). */
export function workbookChildren(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const [, end, name, empty] of xml.matchAll(/<(\/?)([A-Za-z:]+)\b[^>]*?(\/?)>/g)) {
    if (end) depth--;
    else {
      if (depth === 1) out.push(name);
      if (!empty) depth++;
    }
  }
  return out;
}
