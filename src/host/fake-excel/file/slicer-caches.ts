import type { KeptPart } from "./kept-parts";
import type { SheetPartsReader } from "./sheet-parts-reading";
import { type Relationship, type XlsxPackage, readXml, relType, relationships } from "./xlsx-package";
import { attr } from "./xml-scanner";
import { type SlicedTable, TABLE_SLICER_CACHES_URI, slicedTable, tableSlicerCacheOf } from "./table-slicers";
import { TIMELINE_CACHE_REFS_URI } from "./timelines";

/**
 * The worksheet extension that lists a sheet's PivotTable slicers (x14:slicerList, uri in MS-XLSX §2.2.4.12's table
 * of a worksheet's extensions, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/07d607af-5618-4ca2-b683-6a78dc0d9627),
 * each x14:slicer's r:id a Slicer part (content type application/vnd.ms-excel.slicer+xml). Kept when the workbook's
 * slicer caches are (keptSlicerCaches), as Excel 2013's table slicers (table-slicers.ts) and timelines (timelines.ts) are.
 */
export const PIVOT_SLICERS_URI = "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}";

/**
 * The workbook extension that lists the slicer caches (x14:slicerCaches, CT_SlicerCaches MS-XLSX §2.6.13,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/ab381c19-3d57-4d6f-a732-d1d0602555ce; its
 * uri in §2.2.4.11's table of the workbook's extensions): each x14:slicerCache's r:id (CT_SlicerCache §2.6.14) a
 * Slicer Cache part.
 */
export const SLICER_CACHES_URI = "{BBE1A952-AA13-448e-AADC-164F8A28A991}";

/** The workbook's slicer caches, kept for the download: its extension as written, and each cache's parts by r:id. */
export interface KeptSlicerCaches {
  /** The workbook part's x14:slicerCaches ext and x15:slicerCaches ext (tables') as the file wrote them (its r:ids). */
  readonly exts: readonly string[];
  /** Each r:id of the ext with its relationship's type and the slicer cache part (first) and what it reaches. */
  readonly caches: readonly { readonly id: string; readonly type: string; readonly parts: readonly KeptPart[] }[];
  /**
   * The file's sheetId of each sheet a cache's PivotTable is on, by the sheet's name: a cache names its PivotTable
   * by sheetId (CT_SlicerCachePivotTable tabId "MUST match the sheetId of an existing sheet", MS-XLSX §2.6.67), and
   * the download's sheetIds are ExcelJS's (slicer-caches-writing.ts maps them).
   */
  readonly sheetIds: readonly (readonly [name: string, sheetId: string])[];
  /** The tables (and columns) the table slicers' caches name (table-slicers.ts). */
  readonly tables: readonly SlicedTable[];
}

/** A worksheet of the workbook part: its name, its sheetId (§18.2.19) and its part. */
export interface ListedSheet {
  readonly name: string;
  readonly sheetId: string;
  readonly path: string;
}

/**
 * The exts of the workbook part's extLst whose r:ids relate to caches naming PivotTables by tabId (or tables):
 * x14:slicerCaches, x15:slicerCaches (tables') and x15:timelineCacheRefs (timelines.ts), whole, in the file's order.
 */
function slicerCachesExts(workbookXml: string): string[] {
  // CT_SlicerCaches holds x14:slicerCache children and an optional x14:extLst, which has no nested <ext> in practice.
  // An empty <ext/> (a window's, §18.2.30) is one whole, not the start of the next ext's text.
  const ext = /<ext\b[^>]*?(?:\/>|>[\s\S]*?<\/ext>)/g;
  return [...workbookXml.matchAll(ext)]
    .map((m) => m[0])
    .filter((x) => !x.endsWith("/>")) // an empty ext holds no caches
    .filter((x) =>
      [SLICER_CACHES_URI, TABLE_SLICER_CACHES_URI, TIMELINE_CACHE_REFS_URI].some((uri) =>
        x.slice(0, x.indexOf(">")).includes(uri),
      ),
    );
}

/**
 * The relationship kinds of the caches: a Slicer Cache part, and a Timeline Cache part (CT_TimelineCacheDefinition,
 * whose pivotTables' pivotTable elements name PivotTables by tabId and name as CT_SlicerCachePivotTable does, and
 * whose state's pivotCacheId names the PivotTable's cache as a slicer cache's tabular does; copied as written).
 */
const CACHE_KINDS = ["slicerCache", "timelineCache"];

/** The PivotTables a slicer or timeline cache part names ([tabId, name], CT_SlicerCachePivotTable), and whether it is an OLAP cube's. */
function cacheTargets(xml: string): { pivotTables: [string, string][]; other: boolean } {
  const pivotTables: [string, string][] = [];
  let other = false;
  readXml(xml, (name, tag) => {
    if (name === "pivotTable") pivotTables.push([attr(tag, "tabId") ?? "", attr(tag, "name") ?? ""]);
    // olap (an OLAP cube's slicer) names a connection the download does not keep.
    if (name === "olap") other = true;
  });
  return { pivotTables, other };
}

/** Whether the sheet with that sheetId has a PivotTable of that name whose parts are all in the file. */
async function pivotTableWhole(
  pkg: XlsxPackage,
  reader: SheetPartsReader,
  sheets: readonly ListedSheet[],
  [tabId, name]: [string, string],
): Promise<boolean> {
  const sheet = sheets.find((s) => s.sheetId === tabId);
  if (!sheet) return false;
  for (const rel of (await relationships(pkg, sheet.path)).filter((r) => relType(r) === "pivotTable")) {
    const xml = await pkg.text(rel.target);
    let named = false;
    if (xml !== undefined)
      readXml(xml, (n, tag) => (named ||= n === "pivotTableDefinition" && attr(tag, "name") === name));
    if (named) return (await reader.reached(rel.target)) !== undefined;
  }
  return false;
}

/**
 * The workbook's PivotTable slicer caches, kept whole or not at all: every x14:slicerCache's part present with its
 * content type (the Slicer Cache part, https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/11d7deab-a96f-41b5-8ae4-fa47e412d657,
 * has no relationships of its own), each naming only PivotTables (x14:pivotTables) that are in the file whole, so
 * that their caches go into the download too (pivot-caches.ts), or a table of the file with the column named
 * (table-slicers.ts). "none" without slicer caches; "named" when some cannot be kept (an OLAP cube's, a missing
 * part, PivotTable, table or column): the sheets' slicers are then named.
 */
export async function keptSlicerCaches(
  pkg: XlsxPackage,
  reader: SheetPartsReader,
  { xml, rels, sheets }: { xml: string; rels: readonly Relationship[]; sheets: readonly ListedSheet[] },
): Promise<KeptSlicerCaches | "none" | "named"> {
  const exts = slicerCachesExts(xml);
  if (exts.length === 0) return "none";
  const tables: SlicedTable[] = [];
  const caches: KeptSlicerCaches["caches"][number][] = [];
  const onSheets = new Set<string>();
  for (const [, id] of exts.join("").matchAll(/\sr:id="([^"]*)"/g)) {
    const rel = rels.find((r) => r.id === id && CACHE_KINDS.includes(relType(r)));
    const parts = rel && (await reader.reached(rel.target));
    const xml = rel && (await pkg.text(rel.target));
    if (!rel || !parts || xml === undefined) return "named";
    const { pivotTables, other } = cacheTargets(xml);
    const table = tableSlicerCacheOf(xml);
    const sliced =
      table &&
      (await slicedTable(
        pkg,
        sheets.map((s) => s.path),
        table,
      ));
    if (table && !sliced) return "named";
    if (sliced) tables.push(sliced);
    if (other || (pivotTables.length === 0 && !sliced)) return "named";
    for (const table of pivotTables) {
      if (!(await pivotTableWhole(pkg, reader, sheets, table))) return "named";
      onSheets.add(table[0]);
    }
    caches.push({ id, type: rel.type, parts });
  }
  if (caches.length === 0) return "named";
  const sheetIds = sheets.filter((s) => onSheets.has(s.sheetId)).map((s) => [s.name, s.sheetId] as const);
  return { exts, caches, sheetIds, tables };
}

/**
 * The kept slicer caches after the table `from` is renamed `to`: a table slicer's cache names its table by id, not
 * by name (CT_TableSlicerCache, MS-XLSX §2.6.107), so Excel's slicer follows a rename; the download finds the
 * table by its new name (table-slicers.ts). The same caches when none slices that table.
 */
export function withTableRenamed(caches: KeptSlicerCaches, from: string, to: string): KeptSlicerCaches {
  if (!caches.tables.some((t) => t.name.toLowerCase() === from.toLowerCase())) return caches;
  const tables = caches.tables.map((t) => (t.name.toLowerCase() === from.toLowerCase() ? { ...t, name: to } : t));
  return { ...caches, tables };
}
