import { type CellLook, CellLooks } from "./cell-looks";
import { addCustomXmlParts } from "./custom-xml-package";
import { withDefaultFont } from "./default-font";
import type { FileStyles } from "./file-styles";
import { withFileStyleXfs } from "./file-style-xfs";
import { withNormalStyle } from "./normal-style-xfs";
import { keptDxfIds, withFileDxfs } from "./file-dxfs";
import { RULE_ELEMENTS, rulesForDownload } from "./kept-rules-merge";
import type { KeptElement } from "../state";
import { type NameToWrite, withDefinedNames } from "./defined-names-xml";
import type { FileSheet, FileWorkbook } from "./file-workbook";
import { lookStyles } from "./look-styles";
import { withLinksInPart } from "./hyperlink-rels";
import { mergeCellsXml } from "./merge-cells-xml";
import { pageSetupUnderLayout } from "./page-setup-xml";
import { SharedStringsWriter } from "./shared-strings-writer";
import { SheetCellWalker } from "./sheet-cell-walker";
import { SheetDataXml } from "./sheet-data-xml";
import { workbookSkeleton } from "./workbook-skeleton";
import { utf8, worksheetAround } from "./worksheet-part";
import { withElementsInPlace } from "./worksheet-sequence";
import { type ColumnStyle, withColumnStyles } from "./cols-xml";
import { keepPivotCaches } from "./pivot-caches";
import { keepSlicerCaches, slicerCachesGo, withoutSlicers } from "./slicer-caches-writing";
import { relatePersons } from "./persons-relationship";
import { SheetPartsCopier } from "./sheet-parts-writing";
import { indexedInTabOrder, keepChartSheets, namesInTabOrder, tabOrderOf } from "./chart-sheets-writing";
import { withWorkbookChildren } from "./workbook-children-xml";
import { windowsWithSheets } from "./workbook-windows";
import { withWorkbookWindows } from "./workbook-windows-writing";
import { keepDocumentProperties } from "./document-properties-writing";
import { withSheetSettings } from "./sheet-settings-writing";
import { keepExternalLinks } from "./external-links-writing";
import { withWorkbookProtection } from "./workbook-protection-xml";
import { keepVba, withSheetCodeName } from "./vba-project-writing";
import { keepCellMetadata } from "./cell-metadata-writing";

/** Lets the page (or the worker's message handling) run between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Rows per slice of work, between which progress is reported and the event loop breathes. */
const ROWS_PER_SLICE = 20_000;

/** Shares of the whole: looking over the cells, writing them, then compressing the package. */
const LOOKED = 0.1;
const WRITTEN = 0.7;

/** ExcelJS names worksheet parts by the sheet's id, 1, 2 … in the order the sheets were added (lib/xlsx/xlsx.js). */
const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
const SHARED_STRINGS = "xl/sharedStrings.xml";

/**
 * The share of the package compressed, 0 to 1, weighed by the bytes of the parts written here (the rest are a few
 * kilobytes). JSZip's own percent gives each of its `entries` (folders included) an equal share, so a sheet of
 * 170 MB would move it by a twentieth; its fractional part times `entries` is the current entry's own share.
 */
function compressionProgress(
  entries: number,
  sizes: ReadonlyMap<string, number>,
): (meta: { percent: number; currentFile: string | null }) => number {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
  let before = 0;
  let current: string | null = null;
  return ({ percent, currentFile }) => {
    if (currentFile !== current) {
      before += (current && sizes.get(current)) || 0;
      current = currentFile;
    }
    const within = (percent * entries) / 100;
    const own = (currentFile && sizes.get(currentFile)) || 0;
    return Math.min(1, (before + own * (within - Math.floor(within))) / total);
  };
}

interface Zip {
  readonly files: Record<string, unknown>;
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: Uint8Array | string): unknown;
}

const STYLES = "xl/styles.xml";
/** ExcelJS writes one theme, at this path (lib/xlsx/xlsx.js). */
const THEME = "xl/theme/theme1.xml";

/**
 * An opened file's styles into the package ExcelJS wrote: its default font in place of Calibri 11
 * (default-font.ts), a cell format for each look that carries a file style (file-style-xfs.ts; `styles` is
 * updated), its Normal as the download's style 0 and under the other looks (normal-style-xfs.ts), and its theme in place of ExcelJS's, so theme colours and fonts show as in the file.
 */
async function keepFileStyles(zip: Zip, file: FileStyles, looks: readonly CellLook[], styles: number[]): Promise<void> {
  const part = zip.file(STYLES);
  if (!part) throw new Error(`The workbook package has no ${STYLES}.`);
  const xml = withDefaultFont(await part.async("string"), file.defaultFont);
  zip.file(STYLES, withNormalStyle(withFileStyleXfs(xml, looks, styles, file), looks, styles, file));
  if (file.theme !== undefined) {
    if (!zip.file(THEME)) throw new Error(`The workbook package has no ${THEME}.`);
    zip.file(THEME, file.theme);
  }
}

/**
 * The differential formats an opened file's kept conditional formats name, copied into the styles part ExcelJS
 * wrote (file-dxfs.ts); where each of the file's went.
 */
async function keepFileDxfs(zip: Zip, file: FileWorkbook): Promise<Map<number, number>> {
  const ids = keptDxfIds(file.sheets);
  const part = zip.file(STYLES);
  if (ids.length === 0 || !part) return new Map();
  const { xml, dxfIds } = withFileDxfs(await part.async("string"), file.fileStyles?.dxfs ?? [], ids);
  zip.file(STYLES, xml);
  return dxfIds;
}

/**
 * What goes after a sheet's cells besides what ExcelJS wrote (`after`): its merged cells, an opened file's print
 * settings, filters and hyperlinks as the file wrote them (its pageSetup under TierLadder's page layout), and its
 * conditional formats and data validations with the ones ExcelJS wrote (kept-rules-merge.ts).
 */
function elementsAfterCells(sheet: FileSheet, after: string, dxfIds: ReadonlyMap<number, number>): KeptElement[] {
  return [
    { element: "mergeCells", xml: mergeCellsXml(sheet.mergedAreas) },
    ...sheet.keptElements
      .filter((e) => !RULE_ELEMENTS.has(e.element))
      .map((e) => (e.element === "pageSetup" ? { ...e, xml: pageSetupUnderLayout(e.xml, sheet.print) } : e)),
    ...rulesForDownload(after, sheet.keptElements, sheet.condFormats, dxfIds),
  ];
}

const WORKBOOK = "xl/workbook.xml";

/**
 * An opened file's defined names into the workbook part ExcelJS wrote, each sheet's with its index in the tab
 * order, kept chart sheets counted (defined-names-xml.ts, chart-sheets-writing.ts).
 */
async function keepDefinedNames(zip: Zip, file: FileWorkbook): Promise<void> {
  const order = tabOrderOf(file);
  const names: NameToWrite[] = [...file.definedNames, ...namesInTabOrder(file, order)];
  if (names.length === 0 && order.entries.length === file.sheets.length) return;
  const part = zip.file(WORKBOOK);
  if (!part) throw new Error(`The workbook package has no ${WORKBOOK}.`);
  zip.file(WORKBOOK, withDefinedNames(indexedInTabOrder(await part.async("string"), order), names));
}

/** The workbook's protection into the workbook part ExcelJS wrote, at its place (workbook-protection-xml.ts). */
async function keepWorkbookProtection(zip: Zip, file: FileWorkbook): Promise<void> {
  if (file.workbookProtection === undefined) return;
  const part = zip.file(WORKBOOK);
  if (!part) throw new Error(`The workbook package has no ${WORKBOOK}.`);
  zip.file(WORKBOOK, withWorkbookProtection(await part.async("string"), file.workbookProtection));
}

/** The file's self-contained workbook children (calcPr, fileSharing …) at their places (workbook-children-xml.ts). */
async function keepWorkbookChildren(zip: Zip, file: FileWorkbook): Promise<void> {
  if (!file.workbookChildren?.length) return;
  const part = zip.file(WORKBOOK);
  if (!part) throw new Error(`The workbook package has no ${WORKBOOK}.`);
  zip.file(WORKBOOK, withWorkbookChildren(await part.async("string"), file.workbookChildren));
}

/**
 * The file's windows and custom views in place of ExcelJS's window (workbook-windows-writing.ts), once every sheet
 * is listed: a custom view names its sheet by the download's sheetId.
 */
async function keepWorkbookWindows(zip: Zip, file: FileWorkbook): Promise<void> {
  if (!file.windows) return;
  const order = tabOrderOf(file);
  const part = zip.file(WORKBOOK);
  if (!part) throw new Error(`The workbook package has no ${WORKBOOK}.`);
  const windows = windowsWithSheets(file.windows, (entry) => order.of(entry));
  zip.file(WORKBOOK, withWorkbookWindows(await part.async("string"), windows, order.worksheet(file.activeSheet)));
}

/**
 * Each sheet's cell data, its columns' styles, merged cells, print settings, filters and rules into its worksheet
 * part, and the shared strings; the bytes of each part put, by path.
 */
async function putCellData(
  zip: Zip,
  file: FileWorkbook,
  {
    writers,
    strings,
  }: {
    writers: readonly { readonly data: SheetDataXml; readonly columns: readonly ColumnStyle[] }[];
    strings: SharedStringsWriter;
  },
  dxfIds: ReadonlyMap<number, number>,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const put = (path: string, bytes: Uint8Array) => {
    zip.file(path, bytes);
    sizes.set(path, bytes.length);
  };
  const copier = new SheetPartsCopier(zip);
  // The PivotTable slicers go with their caches, or (a PivotTable's sheet deleted) not at all.
  const slicers = slicerCachesGo(
    file.slicerCaches,
    file.sheets.map((s) => s.name),
    file.tables,
  )
    ? file.slicerCaches
    : undefined;
  for (let i = 0; i < writers.length; i++) {
    const path = sheetPart(i);
    const part = zip.file(path);
    if (!part) throw new Error(`The workbook package has no ${path}.`);
    const { data, columns } = writers[i];
    const written = withSheetCodeName(await part.async("string"), file.sheets[i].codeName);
    const { before, after } = worksheetAround(written, path, data.dimension());
    const linked = await withLinksInPart(zip, path, elementsAfterCells(file.sheets[i], after, dxfIds));
    const own = slicers
      ? { elements: linked, parts: file.sheets[i].keptParts }
      : withoutSlicers(linked, file.sheets[i].keptParts);
    const elements = await copier.sheet(path, own.parts, own.elements);
    const start = withSheetSettings(withColumnStyles(before, columns), file.sheets[i].keptSettings);
    put(path, utf8([start, ...data.finish(), withElementsInPlace(after, elements)]));
    await breathe();
  }
  await keepChartSheets(zip, file, copier);
  await keepVba(zip, file.vba, copier);
  await keepCellMetadata(file, copier);
  await keepExternalLinks(zip, file.externalLinks, copier);
  if (slicers) await keepSlicerCaches(zip, slicers, copier);
  await copier.finish();
  await keepPivotCaches(zip, file.pivotCaches, (part) => copier.copiedName(part));
  await relatePersons(zip, file.sheets, (part) => copier.copiedName(part));
  if (!zip.file(SHARED_STRINGS)) throw new Error(`The workbook package has no ${SHARED_STRINGS}.`);
  put(SHARED_STRINGS, utf8(strings.xml()));
  return sizes;
}

/**
 * The workbook as .xlsx bytes. ExcelJS (loaded here, when a workbook is saved, not with the page) writes
 * everything but the cell data (workbook-skeleton.ts: sheets in order, hidden or not, validation lists,
 * conditional formats, frozen rows and columns, column widths, hidden columns, print layout, tables, and a cell format per look the cells use); then, in the same
 * package opened with JSZip, each sheet's `<sheetData>` is replaced by the real cells written as text a slice of
 * rows at a time (sheet-data-xml.ts: values, formulas with their last value, formats, bold and fills, hidden
 * rows and row heights, chart notes, table headers), its merged cells (merge-cells-xml.ts) and an opened file's
 * print settings and filters put at their place after it (worksheet-sequence.ts), its conditional formats and data
 * validations beside ExcelJS's (kept-rules-merge.ts, their formats copied: file-dxfs.ts), its drawings and notes
 * copied part by part (sheet-parts-writing.ts; the workbook lists the PivotTables' caches, pivot-caches.ts, and relates
 * to the persons part of the threaded comments, persons-relationship.ts), the file's chart sheets with theirs at their
 * places among the worksheets (chart-sheets-writing.ts), the file's defined names and the workbook's
 * protection into the workbook part (defined-names-xml.ts, workbook-protection-xml.ts), the shared strings by the real
 * text, and the custom XML parts are added
 * (custom-xml-package.ts). ExcelJS makes an object per cell and renders a sheet in one go, which at a million
 * rows took minutes and gigabytes (bench/file-save.bench.ts). `onProgress` gets the share done, 0 to 1.
 */
export async function writeXlsx(file: FileWorkbook, onProgress?: (done: number) => void): Promise<Uint8Array> {
  let shown = -1;
  const report = (share: number) => {
    const next = Math.min(1, share);
    if (next <= shown) return;
    shown = next;
    onProgress?.(shown);
  };
  const looks = new CellLooks();
  const sheets = file.sheets.map(
    (s, i) =>
      new SheetCellWalker(
        s,
        file.tables.filter((t) => t.sheet === i),
        looks,
      ),
  );
  const total = sheets.reduce((n, s) => n + s.rowsEnd, 0) || 1;
  const slices = async (
    share: (done: number) => number,
    each: (cells: SheetCellWalker, from: number, to: number) => void,
  ) => {
    let done = 0;
    for (const cells of sheets) {
      for (let from = 0; from < cells.rowsEnd; from += ROWS_PER_SLICE) {
        const to = Math.min(cells.rowsEnd, from + ROWS_PER_SLICE);
        each(cells, from, to);
        done += to - from;
        report(share(done / total));
        await breathe();
      }
    }
  };
  // First pass: every look the cells use, so that ExcelJS writes a cell format for each.
  await slices(
    (d) => d * LOOKED,
    (cells, from, to) =>
      cells.walk(
        from,
        to,
        () => undefined,
        () => undefined,
      ),
  );
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(await workbookSkeleton(file, looks.looks));
  const styles = await lookStyles(zip, sheetPart(0), looks.looks);
  if (file.fileStyles) await keepFileStyles(zip, file.fileStyles, looks.looks, styles);
  const dxfIds = await keepFileDxfs(zip, file);
  await keepDefinedNames(zip, file);
  await keepWorkbookProtection(zip, file);
  await keepWorkbookChildren(zip, file);
  const strings = new SharedStringsWriter();
  const styleOf = (look: number) => {
    const s = styles[look];
    if (s === undefined) throw new Error(`The workbook writer met look ${look}, which its first pass did not see.`);
    return s;
  };
  const writers = sheets.map((cells) => new SheetDataXml(cells, styleOf, strings));
  await slices(
    (d) => LOOKED + d * (WRITTEN - LOOKED),
    (cells, from, to) => writers[sheets.indexOf(cells)].rows(from, to),
  );
  const written = sheets.map((cells, i) => ({
    data: writers[i],
    columns: cells.columnLooks.map(({ from, count, look }) => ({ from, count, xf: styleOf(look) })),
  }));
  const sizes = await putCellData(zip, file, { writers: written, strings }, dxfIds);
  await keepWorkbookWindows(zip, file);
  await keepDocumentProperties(zip, file.documentProperties, new Date());
  await addCustomXmlParts(zip, file.parts);
  const compressed = compressionProgress(Object.keys(zip.files).length, sizes);
  // streamFiles: each entry's sizes go in a data descriptor after its data (ZIP APPNOTE §4.3.9), so JSZip passes
  // compressed chunks on as they come instead of holding a whole entry back, and progress moves while it compresses.
  const bytes = await zip.generateAsync(
    { type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, streamFiles: true },
    (meta) => report(WRITTEN + (1 - WRITTEN) * compressed(meta)),
  );
  report(1);
  return bytes;
}
