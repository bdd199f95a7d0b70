import { type XlsxPackage, readXml, relType, relationships } from "./xlsx-package";
import { attr } from "./xml-scanner";

/**
 * Excel 2013's table slicers (MS-XLSX): a worksheet's extension {3A4CF648-…} lists them (x14:slicer r:ids to Slicer
 * parts, as a PivotTable's), the workbook's extension {46BE6895-…} lists their caches (x15:slicerCaches, CT_SlicerCaches
 * §2.6.13, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/ab381c19-3d57-4d6f-a732-d1d0602555ce),
 * each cache part's x15:tableSlicerCache naming its table by id and its column by the tableColumn's id
 * (CT_TableSlicerCache, MS-XLSX §2.6.107, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/c3629be2-99fe-44b7-970c-3ea6df625cf5:
 * tableId "MUST match id attribute of an existing Table", column "MUST match id attribute of an existing
 * tableColumn"). Both uris as in MS-XLSX §2.2.4.12's and §2.2.4.11's tables of extensions.
 */
export const TABLE_SLICERS_URI = "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}";
export const TABLE_SLICER_CACHES_URI = "{46BE6895-7355-4a93-B00E-2C351335B9C9}";

/**
 * The table and column a table slicer's cache names: by the file's ids (the table part's id, ECMA-376 Part 1
 * §18.5.1.2; the tableColumn's id, §18.5.1.3) and by name. ExcelJS numbers the download's tables 1, 2, … and their
 * columns 1, 2, … itself, so the download's ids are found by these names (withDownloadTableIds).
 */
export interface SlicedTable {
  readonly fileId: string;
  readonly fileColumn: string;
  readonly name: string;
  readonly column: string;
}

/** A table part's id, name and columns ([id, name]), as its XML has them. */
interface TableIds {
  readonly id: string;
  readonly name: string;
  readonly columns: readonly (readonly [id: string, name: string])[];
}

function tableIds(xml: string): TableIds | undefined {
  let table: { id: string; name: string; columns: [string, string][] } | undefined;
  readXml(xml, (name, tag) => {
    if (name === "table")
      table = { id: attr(tag, "id") ?? "", name: attr(tag, "name") ?? attr(tag, "displayName") ?? "", columns: [] };
    else if (name === "tableColumn") table?.columns.push([attr(tag, "id") ?? "", attr(tag, "name") ?? ""]);
  });
  return table;
}

/** The x15:tableSlicerCache's table id and column id of a slicer cache part, undefined in a PivotTable's. */
export function tableSlicerCacheOf(xml: string): [tableId: string, column: string] | undefined {
  let found: [string, string] | undefined;
  readXml(xml, (name, tag) => {
    if (name === "tableSlicerCache") found = [attr(tag, "tableId") ?? "", attr(tag, "column") ?? ""];
  });
  return found;
}

/** The file's table with that id and its column with that id, found in the sheets' table parts; undefined if none. */
export async function slicedTable(
  pkg: XlsxPackage,
  sheetPaths: readonly string[],
  [tableId, column]: [string, string],
): Promise<SlicedTable | undefined> {
  for (const path of sheetPaths)
    for (const rel of (await relationships(pkg, path)).filter((r) => relType(r) === "table")) {
      const xml = await pkg.text(rel.target);
      const table = xml === undefined ? undefined : tableIds(xml);
      if (table?.id !== tableId) continue;
      const named = table.columns.find(([id]) => id === column);
      return named && { fileId: tableId, fileColumn: column, name: table.name, column: named[1] };
    }
  return undefined;
}

/**
 * Whether every sliced table is in the workbook at save time by its name (table names compare without case,
 * https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114) with its
 * column: a deleted table or a renamed header takes its slicers with it (a cache naming no table Excel repairs away).
 */
export function slicedTablesKept(
  sliced: readonly SlicedTable[],
  tables: readonly { readonly name: string; readonly headers: readonly string[] }[],
): boolean {
  return sliced.every((s) =>
    tables.some((t) => t.name.toLowerCase() === s.name.toLowerCase() && t.headers.includes(s.column)),
  );
}

/**
 * A table slicer cache part's XML with its tableId and column the download's: the table of the same name among the
 * download's table parts (`downloadTables`, their XML) and its column of the same name. Unchanged when its table or
 * column is not found (slicedTablesKept has made sure they are).
 */
export function withDownloadTableIds(
  cacheXml: string,
  sliced: readonly SlicedTable[],
  downloadTables: readonly string[],
): string {
  const tables = downloadTables.map(tableIds).filter((t): t is TableIds => t !== undefined);
  return cacheXml.replace(/<(?:\w+:)?tableSlicerCache\b[^>]*>/g, (tag) => {
    const s = sliced.find((x) => x.fileId === attr(tag, "tableId") && x.fileColumn === attr(tag, "column"));
    const table = s && tables.find((t) => t.name.toLowerCase() === s.name.toLowerCase());
    const column = s && table?.columns.find(([, name]) => name === s.column);
    if (!table || !column) return tag;
    return tag
      .replace(/\stableId="[^"]*"/, ` tableId="${table.id}"`)
      .replace(/\scolumn="[^"]*"/, ` column="${column[0]}"`);
  });
}
