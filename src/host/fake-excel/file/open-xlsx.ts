import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../../../engine/cells";
import type { KeptElement, SheetVisibility } from "../state";
import { type KeptCellMetadata, keptCellMetadata } from "./cell-metadata";
import { type CellStyleLooks, cellStyleLooks } from "./cell-style-looks";
import { cellStyleFormats } from "./cell-number-formats";
import { type ListedChartSheet, keptWhole, readChartSheets } from "./chart-sheets-reading";
import { customXmlParts } from "./custom-xml-in-zip";
import { keptExternalLinks } from "./external-links";
import { type FileStyles, fileStylesOf } from "./file-styles";
import { fileNormalOf } from "./normal-style";
import { type FileDefinedName, fileDefinedNames } from "./file-defined-names";
import { fileWorkbookProtection } from "./file-workbook-protection";
import { keptWorkbookChildren } from "./workbook-children-kept";
import { workbookChildrenNotKept } from "./workbook-children-not-kept";
import { type KeptDocumentProperties, keptDocumentProperties } from "./document-properties";
import { packagePartsNotKept } from "./package-parts-not-kept";
import { type KeptWindows, readWorkbookWindows } from "./workbook-windows";
import { FileOpenError } from "./file-open-error";
import { withHyperlinkTargets } from "./hyperlink-targets";
import type { OpenProgress, OpenedSheet, OpenedTable, OpenedWorkbook } from "./opened-workbook";
import { type NotKeptFeature, NotKeptList } from "./not-kept";
import { dxfFills } from "./dxf-fills";
import { SharedStrings } from "./shared-strings";
import { SheetRulesKept } from "./sheet-rules-kept";
import { SheetCells, type SheetContext } from "./sheet-cells";
import { SheetChildrenNotKept } from "./sheet-children-not-kept";
import { SheetElementsKept } from "./sheet-elements-kept";
import type { PivotCacheRef } from "./pivot-caches";
import { SheetPartsReader } from "./sheet-parts-reading";
import { type KeptSlicerCaches, PIVOT_SLICERS_URI, keptSlicerCaches } from "./slicer-caches";
import { TABLE_SLICERS_URI } from "./table-slicers";
import { tableSettingsNotKept } from "./table-settings-not-kept";
import { NO_TABLE_STYLE, type TableStyle, keptTableStyle, tableStyleOf } from "./table-style";
import { TIMELINES_URI } from "./timelines";
import { objectAnchorsHidden } from "./object-anchors-hidden";
import { ContentTypes } from "./content-types";
import { visibilityOfFile } from "./sheet-visibility";
import { stylesBeyondLooks } from "./styles-beyond-looks";
import { type KeptVba, keptVba } from "./vba-project";
import { type Relationship, XlsxPackage, readXml, relType, relationships } from "./xlsx-package";
import { XmlScanner, attr, bothHandlers, xstring } from "./xml-scanner";

/**
 * Reads an .xlsx: every worksheet's values and number formats, whether it is hidden, its looks (bold, solid
 * fills, column widths, frozen and hidden rows and columns, row heights, merged cells: sheet-looks.ts; formatting
 * the fake does not keep is named in `notKept`), its print settings and filter as XML (sheet-elements-kept.ts), its
 * drawings, comments, printer settings, embedded objects and controls as their parts' bytes (sheet-parts-reading.ts), its conditional formats and data
 * validations (the fake's own where it holds them, the rest as XML: sheet-rules-kept.ts), its
 * tables, the workbook's defined names and its custom XML parts; any other worksheet child or extension is named in
 * `notKept` (sheet-children-not-kept.ts). The cells (the sheets' sheetData and the shared strings, what is big in a big file) stream through
 * our own scanner a chunk at a time, as JSZip inflates them; no object per cell is built beyond the value the
 * fake stores. Throws FileOpenError for a zip that is not a workbook and for what the fake cannot hold.
 */
export async function openXlsx(
  fileName: string,
  bytes: Uint8Array,
  progress: (p: OpenProgress) => void = () => undefined,
): Promise<OpenedWorkbook> {
  progress({ phase: "reading" });
  const malformed = (e: unknown, where?: string) =>
    e instanceof FileOpenError
      ? e
      : new FileOpenError(
          "malformed",
          fileName,
          `${where ? `${where}: ` : ""}${e instanceof Error ? e.message : String(e)}`,
        );
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
  } catch (e) {
    throw malformed(e);
  }
  const notKept = new NotKeptList();
  const book = await workbookParts(pkg, notKept).catch((e: unknown) => {
    throw malformed(e);
  });
  if (book.sheets.length === 0) throw new FileOpenError("malformed", fileName, "no worksheets");

  // Progress: the share of the cell parts' bytes read (their sizes before compression weigh them).
  const big = [book.sharedStrings, ...book.sheets.map((s) => s.path)].filter((p): p is string => p !== undefined);
  const weights = big.map((p) => pkg.size(p) || 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  const partProgress = (k: number) => (share: number) =>
    progress({ phase: "cells", done: Math.min(1, (before + share * weights[k]) / total) });

  const sharedStrings = new SharedStrings();
  if (book.sharedStrings !== undefined) {
    await pkg.scan(book.sharedStrings, new XmlScanner(sharedStrings), partProgress(0)).catch((e: unknown) => {
      throw malformed(e, "shared strings");
    });
    before += weights[0];
  }
  const context = cellsContext(book, sharedStrings);
  const sheets: OpenedSheet[] = [];
  const tables: OpenedTable[] = [];
  const partsReader = new SheetPartsReader(pkg, book.types, book.persons);
  const slicers = await slicersOf(pkg, partsReader, book, notKept).catch((e: unknown) => Promise.reject(malformed(e)));
  for (const [i, sheet] of book.sheets.entries()) {
    const k = i + (book.sharedStrings !== undefined ? 1 : 0);
    const note = (feature: NotKeptFeature) => notKept.add(feature, sheet.name);
    const cells = new SheetCells(context);
    const rules = new SheetRulesKept(book.dxfFills, slicers.uris);
    const kept = new SheetElementsKept();
    const children = new SheetChildrenNotKept(slicers.uris);
    const reader = bothHandlers(bothHandlers(bothHandlers(objectAnchorsHidden(cells), kept), rules), children);
    await pkg.scan(sheet.path, new XmlScanner(reader), partProgress(k)).catch((e: unknown) => {
      throw malformed(e, sheet.name);
    });
    cells.finish();
    before += weights[k];
    refuseTooBig(fileName, cells);
    for (const feature of [...children.features(), ...cells.notKept()]) note(feature);
    const { elements, parts } = await keptElements(pkg, sheet.path, kept, note)
      .then((linked) => partsReader.sheet(sheet.path, [...linked, ...rules.kept()], note))
      .catch((e: unknown) => {
        throw malformed(e, sheet.name);
      });
    sheets.push(openedSheet(sheet, cells, rules, kept.forSheet(elements, parts)));
    for (const t of await sheetTables(pkg, sheet.path, cells.tableParts, note).catch((e: unknown) => {
      throw malformed(e, sheet.name);
    }))
      tables.push(openedTable(fileName, sheet.name, t, cells.values));
  }
  const xmlParts = await customXmlParts(pkg).catch((e: unknown) => Promise.reject(malformed(e)));
  progress({ phase: "cells", done: 1 });
  return { fileName, sheets, tables, xmlParts, ...(await keptBesideCells(slicers.book, sheets, partsReader, notKept)) };
}

/** What each worksheet's cells need from the workbook (sheet-cells.ts). */
function cellsContext(book: WorkbookParts, sharedStrings: SharedStrings): SheetContext {
  return {
    sharedStrings: sharedStrings.strings,
    richStrings: sharedStrings.rich,
    styleFormats: book.styleFormats,
    styleLooks: book.styleLooks,
    beyondLooks: book.beyondLooks,
    date1904: book.date1904,
    cellMetadataRecords: book.cellMetadata?.records,
  };
}

/**
 * The package's own parts beside the workbook's: the document properties, kept (document-properties.ts), and what
 * the package or the workbook part relates to that no reader keeps, named (package-parts-not-kept.ts).
 */
async function packageOwnParts(
  pkg: XlsxPackage,
  types: ContentTypes,
  workbookRels: Relationship[],
  notKept: NotKeptList,
) {
  const rootRels = await relationships(pkg, "");
  for (const feature of packagePartsNotKept(rootRels, workbookRels)) notKept.add(feature);
  return keptDocumentProperties(pkg, types, rootRels);
}

/**
 * The workbook's PivotTable and table slicer caches (slicer-caches.ts), read before the sheets: the sheets' slicer extensions
 * (`uris`) are kept with the caches (in `book`), or named with them, the caches too, when they cannot be kept.
 */
async function slicersOf(
  pkg: XlsxPackage,
  reader: SheetPartsReader,
  book: WorkbookParts,
  notKept: NotKeptList,
): Promise<{ uris: string[]; book: WorkbookParts }> {
  const caches = await keptSlicerCaches(pkg, reader, book);
  if (caches === "named") notKept.add("slicers");
  return typeof caches === "object"
    ? { uris: [PIVOT_SLICERS_URI, TABLE_SLICERS_URI, TIMELINES_URI], book: { ...book, slicerCaches: caches } }
    : { uris: [], book };
}

/** The workbook's links to other workbooks (external-links.ts), or named when a link's part is missing. */
async function linksOf(reader: SheetPartsReader, book: WorkbookParts, notKept: NotKeptList) {
  const links = await keptExternalLinks(reader, book.xml, book.rels);
  if (links === "named") notKept.add("externalLinks");
  return typeof links === "object" ? { externalLinks: links } : {};
}

/**
 * What the workbook keeps beside the worksheets, once they are read: the file's styles, defined names and
 * protection, its VBA project (vba-project.ts), the PivotTable caches its kept PivotTables carry, its PivotTable
 * and table slicer caches (slicer-caches.ts), its links to other workbooks (external-links.ts), its chart and
 * dialog sheets whole (chart-sheets-reading.ts) and the worksheet it opens on; and, last, what it does not keep.
 */
async function keptBesideCells(
  book: WorkbookParts,
  sheets: readonly OpenedSheet[],
  reader: SheetPartsReader,
  notKept: NotKeptList,
) {
  const { fileStyles, definedNames, workbookProtection, workbookChildren, activeSheet, vba, slicerCaches, windows } =
    book;
  const { documentProperties } = book;
  const cellMetadata = book.cellMetadata?.kept;
  const chartSheets = await readChartSheets(reader, book.chartSheets, notKept);
  const pivotCaches = keptPivotCaches(book.pivotCaches, sheets, notKept);
  const externalLinks = await linksOf(reader, book, notKept);
  const optional = {
    ...(workbookProtection ? { workbookProtection } : {}),
    ...(workbookChildren.length > 0 ? { workbookChildren } : {}),
    ...(activeSheet ? { activeSheet } : {}),
    ...(vba ? { vba } : {}),
    ...(slicerCaches ? { slicerCaches } : {}),
    ...(windows ? { windows } : {}),
    ...(documentProperties ? { documentProperties } : {}),
    ...(cellMetadata ? { cellMetadata } : {}),
  };
  return { fileStyles, definedNames, pivotCaches, chartSheets, ...externalLinks, ...optional, notKept: notKept.list() };
}

/**
 * The caches whose definition a sheet's kept PivotTable carries; one no kept PivotTable reaches (its parts were
 * missing, or the workbook lists a cache no PivotTable uses) does not go into the download and is named.
 */
function keptPivotCaches(caches: readonly PivotCacheRef[], sheets: readonly OpenedSheet[], notKept: NotKeptList) {
  const kept = new Set(sheets.flatMap((s) => s.kept?.parts?.parts.map((p) => p.name) ?? []));
  const out = caches.filter((c) => kept.has(c.part));
  if (out.length < caches.length) notKept.add("pivotTables");
  return out;
}

/** A worksheet as its part's readers found it. */
function openedSheet(
  sheet: WorkbookSheet,
  cells: SheetCells,
  { rules }: SheetRulesKept,
  kept: OpenedSheet["kept"],
): OpenedSheet {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    values: cells.values,
    formats: cells.formats,
    formulas: cells.formulas,
    ...(cells.arrayFormulas.length > 0 ? { arrayFormulas: cells.arrayFormulas } : {}),
    rules: { validations: rules.validations, condFormats: rules.condFormats },
    looks: cells.looks.finish(),
    kept,
  };
}

/**
 * The sheet's kept elements (sheet-elements-kept.ts), its hyperlinks with their addresses from the part's
 * relationships; what cannot be kept of them is named with `note`.
 */
async function keptElements(
  pkg: XlsxPackage,
  sheetPath: string,
  kept: SheetElementsKept,
  note: (feature: NotKeptFeature) => void,
): Promise<KeptElement[]> {
  const elements = kept.kept(() => note("otherSheetParts"));
  if (!elements.some((e) => e.element === "hyperlinks")) return elements;
  const external = new Map((await relationships(pkg, sheetPath, true)).map((r) => [r.id, r.target]));
  return withHyperlinkTargets(elements, external, () => note("hyperlinks"));
}

/** A sheet with cells beyond Excel's last row or column, which the fake cannot hold, is refused by name. */
function refuseTooBig(fileName: string, cells: SheetCells): void {
  if (cells.maxRow > MAX_ROWS) throw new FileOpenError("tooManyRows", fileName, String(cells.maxRow));
  if (cells.maxColumn > MAX_COLUMNS) throw new FileOpenError("tooManyColumns", fileName, String(cells.maxColumn));
}

/** A worksheet as the workbook part lists it. */
interface WorkbookSheet {
  readonly name: string;
  /** Its sheetId (§18.2.19), by which a slicer cache names a PivotTable's sheet (slicer-caches.ts). */
  readonly sheetId: string;
  readonly path: string;
  readonly visibility: SheetVisibility;
}

interface WorkbookParts {
  /** The workbook part's XML and relationships, for what is read once the sheets can be (slicer-caches.ts). */
  readonly xml: string;
  readonly rels: Relationship[];
  readonly sheets: WorkbookSheet[];
  /** The chart and dialog sheets, kept whole (chart-sheets-reading.ts). */
  readonly chartSheets: ListedChartSheet[];
  /** The worksheet the first workbookView's activeTab names (§18.2.30), when it names a worksheet. */
  readonly activeSheet?: string;
  readonly sharedStrings?: string;
  readonly styleFormats: (string | undefined)[];
  readonly styleLooks: CellStyleLooks;
  readonly beyondLooks: Uint8Array;
  readonly fileStyles?: FileStyles;
  readonly date1904: boolean;
  readonly dxfFills: (string | undefined)[];
  readonly definedNames: FileDefinedName[];
  /** The PivotTable caches the workbook lists (pivot-caches.ts), whether or not a sheet's PivotTable reaches them. */
  readonly pivotCaches: PivotCacheRef[];
  /** The persons part the threaded comments name their authors from (persons-part.ts), when the file has one. */
  readonly persons?: string;
  /** The workbook's protection as XML (file-workbook-protection.ts), undefined without. */
  readonly workbookProtection?: string;
  /** Its self-contained children (calcPr, fileSharing …) as XML (workbook-children-kept.ts). */
  readonly workbookChildren: string[];
  /** Its VBA project and code name (vba-project.ts), undefined without. */
  readonly vba?: KeptVba;
  /** Its PivotTable slicer caches, once read with the sheets' parts (slicer-caches.ts). */
  readonly slicerCaches?: KeptSlicerCaches;
  /** Its windows and custom views, each with the sheets it names (workbook-windows.ts), undefined without. */
  readonly windows?: KeptWindows<string>;
  /** The package's content types (§10.1.2), for the parts' readers. */
  readonly types: ContentTypes;
  /** The package's document properties (document-properties.ts), undefined without. */
  readonly documentProperties?: KeptDocumentProperties;
  /** Its metadata part, which dynamic arrays' cm index (cell-metadata.ts), undefined without one that can be kept. */
  readonly cellMetadata?: KeptCellMetadata;
}

/**
 * The workbook part (the package's officeDocument relationship, ECMA-376 Part 1 §12.3.23) and what it names:
 * its worksheets in tab order (§18.2.19 sheet; chart sheets and dialog sheets hold no cells: kept whole,
 * chart-sheets-reading.ts, each with the worksheet it follows), the sheet the first view shows (§18.2.30 activeTab),
 * whether each is hidden (§18.2.19 state, kept: sheet-visibility.ts), the shared strings and styles parts, and the
 * date system (§18.2.28 workbookPr date1904), its defined names (§18.2.5, kept: file-defined-names.ts) and its
 * PivotTable caches (§18.2.22 pivotCaches; their parts go with the sheets' PivotTables: pivot-caches.ts) and its
 * protection (§18.2.29 workbookProtection, kept as XML: file-workbook-protection.ts). What the workbook does not
 * keep goes to `notKept`: a VBA project that cannot be copied (vba-project.ts), children and extensions nothing
 * keeps (workbook-children-not-kept.ts); its self-contained children are kept as XML (workbook-children-kept.ts).
 */
async function workbookParts(pkg: XlsxPackage, notKept: NotKeptList): Promise<WorkbookParts> {
  const path = (await relationships(pkg, "")).find((r) => relType(r) === "officeDocument")?.target ?? "xl/workbook.xml";
  const xml = await pkg.text(path);
  if (xml === undefined) throw new Error("no workbook part (xl/workbook.xml)");
  const rels = await relationships(pkg, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  const chartSheets: ListedChartSheet[] = [];
  let activeTab: number | undefined;
  let date1904 = false;
  const listed: string[] = []; // every sheet in the order listed, chart sheets too, for a name's localSheetId
  const caches: { cacheId: string; id: string }[] = [];
  readXml(xml, (name, tag) => {
    if (name === "workbookPr") date1904 = ["1", "true"].includes(attr(tag, "date1904") ?? "");
    if (name === "pivotCache") caches.push({ cacheId: attr(tag, "cacheId") ?? "", id: attr(tag, "r:id") ?? "" });
    if (name === "workbookView") activeTab ??= Number(attr(tag, "activeTab") ?? 0);
    if (name !== "sheet") return;
    const sheet = attr(tag, "name") ?? "";
    listed.push(sheet);
    const rel = byId.get(attr(tag, "r:id") ?? "");
    if (!rel) throw new Error(`sheet "${sheet}" has no relationship to its part`);
    const visibility = visibilityOfFile(attr(tag, "state"));
    if (keptWhole(relType(rel))) {
      const after = sheets.at(-1)?.name;
      chartSheets.push({ name: sheet, path: rel.target, relationshipType: rel.type, visibility, after });
    }
    if (relType(rel) !== "worksheet") return;
    if (!pkg.has(rel.target)) throw new Error(`sheet "${sheet}" has no part ${rel.target}`);
    sheets.push({ name: sheet, sheetId: attr(tag, "sheetId") ?? "", path: rel.target, visibility });
  });
  const part = (type: string) => rels.find((r) => relType(r) === type && pkg.has(r.target))?.target;
  const stylesPart = part("styles");
  const styles = stylesPart === undefined ? undefined : await pkg.text(stylesPart);
  const themePart = part("theme");
  const protection = fileWorkbookProtection(xml);
  const beyondLooks = stylesBeyondLooks(styles);
  // The Normal is kept when it has formatting beyond its font's name and size (styles-beyond-looks.ts index 0).
  const normal = styles !== undefined && beyondLooks[0] === 1 ? fileNormalOf(styles) : undefined;
  const active = listed[activeTab ?? 0];
  const vba = await keptVba(pkg, path, xml, notKept);
  for (const feature of workbookChildrenNotKept(xml)) notKept.add(feature);
  const windows = readWorkbookWindows(xml);
  const types = new ContentTypes((await pkg.text("[Content_Types].xml")) ?? "");
  const documentProperties = await packageOwnParts(pkg, types, rels, notKept);
  const cellMetadata = await keptCellMetadata(pkg, rels);
  return {
    xml,
    rels,
    sheets,
    chartSheets,
    ...(sheets.some((s) => s.name === active) ? { activeSheet: active } : {}),
    sharedStrings: part("sharedStrings"),
    styleFormats: cellStyleFormats(styles),
    styleLooks: cellStyleLooks(styles),
    beyondLooks,
    fileStyles: fileStylesOf(styles, themePart === undefined ? undefined : await pkg.text(themePart), normal),
    date1904,
    dxfFills: dxfFills(styles),
    definedNames: fileDefinedNames(xml, listed),
    // A cache without its relationship has no part: no PivotTable can carry it, so it is named (keptPivotCaches).
    pivotCaches: caches.map(({ cacheId, id }) => ({ cacheId, part: byId.get(id)?.target ?? "" })),
    persons: part("person"),
    ...(protection !== undefined ? { workbookProtection: protection } : {}),
    workbookChildren: keptWorkbookChildren(xml),
    ...(vba ? { vba } : {}),
    ...(windows ? { windows } : {}),
    types,
    ...(documentProperties ? { documentProperties } : {}),
    ...(cellMetadata ? { cellMetadata } : {}),
  };
}

interface TablePart {
  readonly name: string;
  readonly ref: string | undefined;
  readonly columns: string[];
  readonly totalsRows: number;
  readonly style: TableStyle;
}

/**
 * The sheet's tables (§18.5.1.2 table, §18.5.1.3 tableColumn, §18.5.1.5 tableStyleInfo), from its table parts in
 * order; a table part holding more than the download keeps (table-settings-not-kept.ts) is named as the sheet's.
 */
async function sheetTables(
  pkg: XlsxPackage,
  sheetPath: string,
  ids: readonly string[],
  note: (feature: NotKeptFeature) => void,
): Promise<TablePart[]> {
  if (ids.length === 0) return [];
  const rels = new Map((await relationships(pkg, sheetPath)).map((r) => [r.id, r.target]));
  const out: TablePart[] = [];
  for (const id of ids) {
    const path = rels.get(id);
    const xml = path === undefined ? undefined : await pkg.text(path);
    if (path === undefined || xml === undefined) throw new Error(`table part ${id} is missing`);
    let table: Omit<TablePart, "style"> | undefined;
    let style = NO_TABLE_STYLE;
    readXml(xml, (name, tag) => {
      if (name === "table")
        table = {
          name: attr(tag, "name") ?? attr(tag, "displayName") ?? "",
          ref: attr(tag, "ref"),
          columns: [],
          totalsRows: Number(attr(tag, "totalsRowCount") ?? 0) || 0,
        };
      // ST_Xstring (§22.9.2.19), as the header cell's text: a line break in a header is "_x000a_" here.
      else if (name === "tableColumn") table?.columns.push(xstring(attr(tag, "name") ?? ""));
      else if (name === "tableStyleInfo") style = keptTableStyle(tableStyleOf(tag));
    });
    if (tableSettingsNotKept(xml, await relationships(pkg, path)).length > 0) note("tableSettings");
    if (table) out.push({ ...table, style });
  }
  return out;
}

/**
 * A table's name and range, header row included. The fake's tables always have a header row (its first row);
 * the header is recognised by its cells holding the column names (ECMA-376 Part 1 §18.5.1.2 makes
 * headerRowCount 1 by default, and a producer may leave it out either way). A total row is left out of the
 * table (the fake models none); its cells stay on the sheet. Its style goes with it (table-style.ts).
 */
function openedTable(fileName: string, sheet: string, t: TablePart, values: OpenedSheet["values"]): OpenedTable {
  const rect = t.ref ? parseAddress(t.ref)?.rect : undefined;
  if (!rect) throw new FileOpenError("malformed", fileName, `table ${t.name} has no range`);
  const header = t.columns.every((n, i) => String(values[rect.row]?.[rect.column + i] ?? "") === n);
  if (!header) throw new FileOpenError("tableWithoutHeader", fileName, `${t.name} (${sheet})`);
  return { name: t.name, sheet, rect: { ...rect, rowCount: rect.rowCount - t.totalsRows }, style: t.style };
}
