/**
 * A worksheet part as ExcelJS wrote it (workbook-skeleton.ts), with its `<sheetData>` and `<dimension>` to be
 * replaced: CT_Worksheet (ECMA-376 Part 1 §18.3.1.99) orders sheetPr?, dimension?, sheetViews? …, sheetData, …
 * so the dimension goes right after sheetPr, or first when there is none.
 */
export function worksheetAround(xml: string, path: string, dimension: string): { before: string; after: string } {
  const data = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/.exec(xml);
  if (!data) throw new Error(`The workbook package's ${path} has no sheet data.`);
  let before = xml.slice(0, data.index).replace(/<dimension\b[^>]*\/>/, "");
  const ref = `<dimension ref="${dimension}"/>`;
  // sheetPr first: one pattern with the root as an alternative would match the root, which comes earlier.
  const at = /<sheetPr\b[^>]*\/>|<sheetPr\b[\s\S]*?<\/sheetPr>/.exec(before) ?? /<worksheet\b[^>]*>/.exec(before);
  if (!at) throw new Error(`The workbook package's ${path} is not a worksheet.`);
  const end = at.index + at[0].length;
  before = before.slice(0, end) + ref + before.slice(end);
  return { before, after: xml.slice(data.index + data[0].length) };
}

/** Text and UTF-8 chunks as one UTF-8 byte array, text encoded a chunk at a time. */
export function utf8(chunks: Iterable<string | Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    size += bytes.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
