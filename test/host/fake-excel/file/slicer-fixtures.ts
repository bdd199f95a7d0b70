import type JSZip from "jszip";

/**
 * What the slicer, table slicer and timeline tests share: the parts make_fixtures.py writes by hand for a slicer
 * (write_slicers, write_table_slicers), reading the MS-XLSX extensions (extLst ext) that relate to them, and the
 * edit that renumbers the PivotTable's sheet in slicers.xlsx and timelines.xlsx.
 */
export const SLICER_PART = "xl/slicers/slicer1.xml";
export const SLICER_CACHE_PART = "xl/slicerCaches/slicerCache1.xml";

/** The extension element (ext) in `xml` with the uri `uri`, as written; undefined when there is none. */
export const extOf = (xml: string, uri: string): string | undefined =>
  new RegExp(`<ext [^>]*uri="${uri.replace(/[{}]/g, "\\$&")}"[^>]*>.*?</ext>`).exec(xml)?.[0];

/** The r:ids of the elements `element` (qualified name) in `xml`. */
export const idsOf = (xml: string, element: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element} r:id="([^"]*)"`, "g"))].map((m) => m[1]);

/** An edit giving sheet "Pivot" sheetId 5 for the file's 2, in the workbook part and in the cache part `cache` (tabId). */
export const pivotSheetRenumbered = (cache: string) => async (zip: JSZip) => {
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", book.replace('name="Pivot" sheetId="2"', 'name="Pivot" sheetId="5"'));
  const cached = await zip.file(cache)!.async("string");
  zip.file(cache, cached.replace('tabId="2"', 'tabId="5"'));
};
