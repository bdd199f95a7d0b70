import { WB_CHILD_ORDER } from "./workbook-children-kept";

/** The local name of each root child's start tag in a workbook part, with where it starts. */
const CHILD_START = /<(?:\w+:)?(\w+)\b/g;

/**
 * The workbook part as ExcelJS wrote it with the file's kept children (workbook-children-kept.ts) each at its place
 * in CT_Workbook's sequence (ECMA-376 Part 1 §18.2.27): before the first written child that comes later, or before
 * the end tag. A calcPr replaces the one ExcelJS writes (calcId only), so the file's manual calculation stays. The
 * workbook part's root children are the only elements ExcelJS writes there that these names could match.
 */
export function withWorkbookChildren(workbookXml: string, kept: readonly string[]): string {
  let xml = workbookXml;
  for (const child of kept) {
    const name = /^<(?:\w+:)?(\w+)/.exec(child)?.[1] ?? "";
    const place = WB_CHILD_ORDER.indexOf(name);
    if (place < 0) throw new Error(`The workbook part cannot take a ${name}.`);
    const written = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
    if (written) {
      xml = xml.slice(0, written.index) + child + xml.slice(written.index + written[0].length);
      continue;
    }
    xml = xml.slice(0, insertAt(xml, place)) + child + xml.slice(insertAt(xml, place));
  }
  return xml;
}

/** Where a child of CT_Workbook's place `place` goes: before the first root child placed after it, or the end tag. */
function insertAt(xml: string, place: number): number {
  for (const m of xml.matchAll(CHILD_START)) {
    if (WB_CHILD_ORDER.indexOf(m[1]) > place) return m.index;
  }
  const end = xml.lastIndexOf("</workbook>");
  if (end < 0) throw new Error("The workbook part has no end tag.");
  return end;
}
