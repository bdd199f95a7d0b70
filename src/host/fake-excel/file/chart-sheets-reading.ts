import type { SheetVisibility } from "../state";
import type { OpenedChartSheet } from "./kept-chart-sheets";
import type { NotKeptList } from "./not-kept";
import type { SheetPartsReader } from "./sheet-parts-reading";

/** A chart or dialog sheet as the workbook part lists it (§18.2.19), before its parts are read. */
export interface ListedChartSheet {
  readonly name: string;
  /** The part its relationship targets. */
  readonly path: string;
  /** The relationship's type URI. */
  readonly relationshipType: string;
  readonly visibility: SheetVisibility;
  /** The worksheet listed last before it; undefined when no worksheet comes before it. */
  readonly after?: string;
}

/**
 * The content type of the part each kind of sheet relates to (ECMA-376 Part 1 §12.3.2 Chartsheet Part, §12.3.7
 * Dialogsheet Part), by the relationship type's last segment: the sheets kept whole (kept-chart-sheets.ts).
 */
const SHEET_CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ["chartsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"],
  ["dialogsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"],
]);

/** Whether a workbook relationship's type (its last segment) is one of a sheet kept whole. */
export const keptWhole = (kind: string) => SHEET_CONTENT_TYPES.has(kind);

/**
 * The chart and dialog sheets, each with its part and every part that reaches (the chart sheet's drawing, its
 * chart, the chart's style and colours …), read as a sheet's drawings are (sheet-parts-reading.ts): byte for byte,
 * each part once. One whose part is missing, is not of its kind's content type, reaches a part that is missing or
 * cannot be read (a damaged entry, relationships that are not XML) cannot be copied whole: it is named as not kept
 * ("chartSheets"), and the worksheets open without it.
 */
export async function readChartSheets(
  reader: SheetPartsReader,
  listed: readonly ListedChartSheet[],
  notKept: NotKeptList,
): Promise<OpenedChartSheet[]> {
  const kept: OpenedChartSheet[] = [];
  for (const { path, after, ...sheet } of listed) {
    const parts = await reader.partTree(path).catch(() => undefined);
    const kind = sheet.relationshipType.slice(sheet.relationshipType.lastIndexOf("/") + 1);
    if (!parts || parts[0].contentType !== SHEET_CONTENT_TYPES.get(kind)) notKept.add("chartSheets", sheet.name);
    else kept.push({ ...sheet, parts, ...(after !== undefined ? { after } : {}) });
  }
  return kept;
}
