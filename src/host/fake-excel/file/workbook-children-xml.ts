import { WB_CHILD_ORDER } from "./workbook-children-kept";

/** Every tag of a workbook part: whether it ends an element, its local name, whether it is empty. */
const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)\b(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

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

/**
 * Where a child of CT_Workbook's place `place` goes: before the first root child placed after it, or the end tag.
 * Only the root's own children count: a kept window's or custom view's extLst (§18.2.30, §18.2.3) is not the
 * workbook's.
 */
function insertAt(xml: string, place: number): number {
  let depth = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, end, name, empty] = m;
    if (end) depth--;
    else {
      if (depth === 1 && WB_CHILD_ORDER.indexOf(name) > place) return m.index;
      if (!empty) depth++;
    }
  }
  const end = xml.lastIndexOf("</workbook>");
  if (end < 0) throw new Error("The workbook part has no end tag.");
  return end;
}
