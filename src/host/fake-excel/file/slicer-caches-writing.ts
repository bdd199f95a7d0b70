import type { KeptElement } from "../state";
import { elementParts } from "./element-parts";
import { type KeptPart, type SheetParts, withRelationshipIds } from "./kept-parts";
import type { SheetPartsCopier } from "./sheet-parts-writing";
import { relativeTarget } from "./sheet-parts-writing";
import { PIVOT_SLICERS_URI, type KeptSlicerCaches } from "./slicer-caches";
import { TABLE_SLICERS_URI, slicedTablesKept, withDownloadTableIds } from "./table-slicers";
import { TIMELINES_URI, TIMELINE_CONTENT_TYPE } from "./timelines";
import { siblingElements } from "./worksheet-sequence";
import { readXml } from "./xlsx-package";
import { attr } from "./xml-scanner";

interface Zip {
  readonly files: Record<string, unknown>;
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SLICER_CONTENT_TYPE = "application/vnd.ms-excel.slicer+xml";

/**
 * Whether the kept slicer caches go into the download: every sheet their PivotTables are on is saved (a deleted
 * sheet takes its PivotTable with it, and a cache whose PivotTable is gone is one Excel repairs away), and every
 * table their table slicers slice, with its column (table-slicers.ts). All of them or none.
 */
export function slicerCachesGo(
  caches: KeptSlicerCaches | undefined,
  sheetNames: readonly string[],
  tables: Parameters<typeof slicedTablesKept>[1],
): boolean {
  return (
    caches !== undefined &&
    caches.sheetIds.every(([name]) => sheetNames.includes(name)) &&
    slicedTablesKept(caches.tables, tables)
  );
}

/** A sheet's kept elements and parts without its slicers, PivotTables' and tables', and timelines (extensions, relationships, parts). */
export function withoutSlicers(
  elements: readonly KeptElement[],
  parts: SheetParts | undefined,
): { elements: KeptElement[]; parts: SheetParts | undefined } {
  const slicerExt = (xml: string) =>
    [PIVOT_SLICERS_URI, TABLE_SLICERS_URI, TIMELINES_URI].includes(attr(elementParts(xml).start, "uri") ?? "");
  const out = elements.flatMap((e) => {
    if (e.element !== "extLst") return [e];
    const { start, inner, end } = elementParts(e.xml);
    const left = siblingElements(inner).elements.filter((x) => !slicerExt(x.xml));
    return left.length === 0 ? [] : [{ element: e.element, xml: start + left.map((x) => x.xml).join("") + end }];
  });
  if (!parts) return { elements: out, parts };
  const relationships = parts.relationships.filter((r) => !/\/(slicer|timeline)$/.test(r.type));
  const kept = parts.parts.filter(
    (p) => ![SLICER_CONTENT_TYPE, TIMELINE_CONTENT_TYPE].includes(p.contentType.toLowerCase()),
  );
  return { elements: out, parts: relationships.length > 0 ? { relationships, parts: kept } : undefined };
}

/** The sheetIds the download's workbook part gives its sheets, by name (ECMA-376 Part 1 §18.2.19). */
function sheetIdsOf(workbookXml: string): Map<string, string> {
  const ids = new Map<string, string>();
  readXml(workbookXml, (name, tag) => {
    if (name === "sheet") ids.set(attr(tag, "name") ?? "", attr(tag, "sheetId") ?? "");
  });
  return ids;
}

/** The sliced tables (table-slicers.ts) and the XML of the download's table parts, which ExcelJS numbered. */
interface TablesNow {
  readonly sliced: KeptSlicerCaches["tables"];
  readonly download: readonly string[];
}

/**
 * A slicer cache part with each PivotTable's tabId (the sheetId of its sheet, MS-XLSX §2.6.67 CT_SlicerCachePivotTable)
 * the download's: the bytes as they were when every sheetId is the same (ExcelJS numbers the sheets 1, 2, … in
 * order, which is the file's own numbering for most files), and a table slicer's tableId and column the download's
 * table's and column's (table-slicers.ts).
 */
function withDownloadTabIds(part: KeptPart, byOld: ReadonlyMap<string, string>, tables: TablesNow): KeptPart {
  const xml = new TextDecoder().decode(part.bytes);
  const forTables = withDownloadTableIds(xml, tables.sliced, tables.download);
  if (forTables === xml && [...byOld].every(([from, to]) => from === to)) return part;
  const changed = forTables.replace(
    /(<(?:\w+:)?pivotTable\b[^>]*\stabId=")([^"]*)"/g,
    (_, before: string, id: string) => {
      return `${before}${byOld.get(id) ?? id}"`;
    },
  );
  return { ...part, bytes: new TextEncoder().encode(changed) };
}

/**
 * The workbook's PivotTable slicer caches into the download: each Slicer Cache part copied (`copier`, byte for
 * byte unless a PivotTable's sheetId changed), related from the workbook part under a fresh id, and the file's
 * x14:slicerCaches extension (slicer-caches.ts) with its r:ids re-pointed put into the workbook part's extLst — the
 * last child of CT_Workbook (ECMA-376 Part 1 §18.2.27), written when ExcelJS wrote none. Before copier.finish(),
 * which gives the copies their content types.
 */
export async function keepSlicerCaches(zip: Zip, caches: KeptSlicerCaches, copier: SheetPartsCopier): Promise<void> {
  const [book, rels] = await Promise.all([WORKBOOK, WORKBOOK_RELS].map((p) => zip.file(p)?.async("string")));
  if (book === undefined || rels === undefined)
    throw new Error(`The workbook package has no ${WORKBOOK} and its relationships.`);
  const now = sheetIdsOf(book);
  const byOld = new Map(caches.sheetIds.map(([name, id]) => [id, now.get(name) ?? id]));
  const tablePaths = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const download = await Promise.all(tablePaths.map(async (p) => (await zip.file(p)?.async("string")) ?? ""));
  const tables = { sliced: caches.tables, download };
  const taken = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  const fresh = new Map<string, string>();
  const relationships = caches.caches.map(({ id, type, parts }) => {
    const name = copier.keepTree([withDownloadTabIds(parts[0], byOld, tables), ...parts.slice(1)]);
    let to: string;
    do to = `rIdSlicerCache${++n}`;
    while (taken.has(to));
    fresh.set(id, to);
    return `<Relationship Id="${to}" Type="${type}" Target="${relativeTarget(WORKBOOK, name)}"/>`;
  });
  const ext = caches.exts.map((x) => withRelationshipIds(x, (id) => fresh.get(id) ?? id)).join("");
  // The workbook's own extLst is its last child (§18.2.27); a window's or custom view's comes earlier.
  const withExt = /<\/extLst>\s*<\/workbook>/.test(book)
    ? book.replace(/<\/extLst>(?=\s*<\/workbook>)/, `${ext}</extLst>`)
    : book.replace("</workbook>", `<extLst>${ext}</extLst></workbook>`);
  if (withExt === book) throw new Error(`The workbook package's ${WORKBOOK} cannot take an extLst.`);
  zip.file(WORKBOOK, withExt);
  zip.file(WORKBOOK_RELS, rels.replace("</Relationships>", `${relationships.join("")}</Relationships>`));
}
