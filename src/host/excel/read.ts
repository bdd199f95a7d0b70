import type { Grid } from "../../engine/cells";
import { HostError, type RangeRef, type SelectionRead } from "../host-api";
import { type Rect, MAX_ROWS, parseAddress, rectAddress } from "./a1";
import { PAYLOAD_BUDGET_BYTES, rowsPerChunk } from "./chunking";
import { GEOMETRY, rectOf } from "./range-geometry";
import { errorCode, toHostError } from "./errors";
import type { ExcelEnv, XlContext, XlRange, XlWorksheet } from "./xl-types";

/** Rows × columns read in the first sync together with the selection's geometry (about 200,000 cells). */
export const FIRST_WINDOW = { rows: 12_500, columns: 16 };
/** Until a chunk has been measured: bytes per cell for values plus number formats. */
const INITIAL_CELL_BYTES = 24;

/** One selection read: its request context, the properties each chunk loads, and the response budget per sync. */
interface Reading {
  readonly ctx: XlContext;
  readonly props: string;
  readonly budget: number;
}

/** A block of cells to read: its sheet (name loaded), where it is, Range.rowHidden, and the first window when it was loaded. */
interface Block {
  readonly sheetName: string;
  readonly sheet: XlWorksheet;
  readonly rect: Rect;
  readonly rowHidden: boolean | null;
  readonly window?: XlRange;
}

export interface ReadOptions {
  /** Load number formats too (where dates matter). Default true. */
  readonly numberFormats?: boolean;
  /** Response budget per sync; default 4 MB. */
  readonly budgetBytes?: number;
}

/**
 * Reads the current selection as a grid (WorkbookHost.readSelection):
 * - whole columns or the whole sheet are trimmed to the used cells (Range.getUsedRangeOrNullObject);
 * - a selection inside an Excel table reads the whole table, header included (Range.getTables, ExcelApi 1.9);
 * - a multi-area selection stops with a HostError;
 * - hidden and filtered-out rows are listed in hiddenRows;
 * - the first sync also loads the values of the first ~200,000 cells, so a small selection takes one sync;
 *   the rest is read in row chunks sized so each response stays under the budget.
 */
export async function readSelection(env: ExcelEnv, options: ReadOptions = {}): Promise<SelectionRead> {
  const withFormats = options.numberFormats ?? true;
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const props = withFormats ? "values,numberFormat" : "values";
  const tablesSupported = env.isSetSupported("ExcelApi", "1.9");
  try {
    return await env.run(async (ctx) => {
      const reading: Reading = { ctx, props, budget };
      const selected = ctx.workbook.getSelectedRange().load(GEOMETRY);
      const sheet = selected.worksheet.load("name");
      const used = selected.getUsedRangeOrNullObject(true).load(`${GEOMETRY},rowHidden`);
      const window = used
        .getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, FIRST_WINDOW.rows, FIRST_WINDOW.columns))
        .load(`${GEOMETRY},${props}`);
      const tables = tablesSupported ? selected.getTables(false).load("items/name") : undefined;
      try {
        await ctx.sync();
      } catch (e) {
        if (errorCode(e) === "InvalidSelection") throw await multiAreaError(ctx, tablesSupported);
        if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
        return readWithoutWindow(reading, tablesSupported);
      }
      const tableName = tables && tables.items.length > 0 ? tables.items[0].name : undefined;
      if (tableName) return readTable(reading, tableName);
      if (used.isNullObject)
        throw new HostError(
          "EmptySelection",
          `The selection ${selected.address} is empty. Select the customer list, header row included.`,
          "host.emptySelection",
          { address: selected.address },
        );
      const first = window.isNullObject ? undefined : window;
      return readBlock(reading, {
        sheetName: sheet.name,
        sheet,
        rect: rectOf(used),
        rowHidden: used.rowHidden,
        window: first,
      });
    });
  } catch (e) {
    throw toHostError(e, "Reading the selection");
  }
}

/**
 * Reads a range the pane remembered (WorkbookHost.readRange), e.g. the order history of a saved scheme:
 * - a range that was an Excel table is read as that table now is (tables grow as rows are added);
 * - otherwise its columns are read from its top row down to the last used row of those columns
 *   (Range.getUsedRangeOrNullObject(valuesOnly), ExcelApi 1.4:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)),
 *   so order lines added below it since are read too;
 * - a sheet or table no longer there, or an empty range, stops with a HostError naming it.
 */
export async function readRange(env: ExcelEnv, ref: RangeRef, options: ReadOptions = {}): Promise<SelectionRead> {
  const withFormats = options.numberFormats ?? true;
  const reading = (ctx: XlContext): Reading => ({
    ctx,
    props: withFormats ? "values,numberFormat" : "values",
    budget: options.budgetBytes ?? PAYLOAD_BUDGET_BYTES,
  });
  const parsed = parseAddress(ref.address);
  if (!parsed) throw new HostError("InvalidArgument", `"${ref.address}" is not a range address.`);
  try {
    return await env.run(async (ctx) => {
      const table = ref.tableName ? ctx.workbook.tables.getItemOrNullObject(ref.tableName).load("name") : undefined;
      const sheet = ctx.workbook.worksheets.getItemOrNullObject(ref.sheet).load("name");
      await ctx.sync();
      if (table && !table.isNullObject) return readTable(reading(ctx), ref.tableName!);
      if (sheet.isNullObject) throw missingSheet(ref);
      const { row, column, columnCount } = parsed.rect;
      const below = sheet.getRangeByIndexes(row, column, MAX_ROWS - row, columnCount);
      const used = below.getUsedRangeOrNullObject(true).load(`${GEOMETRY},rowHidden`);
      await ctx.sync();
      if (used.isNullObject) throw emptyRange(ref);
      // Keep the remembered columns and top row (the header); only the bottom follows the data.
      const last = rectOf(used);
      const rect = { row, column, columnCount, rowCount: last.row + last.rowCount - row };
      const hidden = rect.rowCount === last.rowCount ? used.rowHidden : null;
      return readBlock(reading(ctx), { sheetName: sheet.name, sheet, rect, rowHidden: hidden });
    });
  } catch (e) {
    throw toHostError(e, `Reading ${ref.address}`);
  }
}

function missingSheet(ref: RangeRef): HostError {
  return new HostError(
    "SheetMissing",
    `The sheet "${ref.sheet}" (${ref.address}) is no longer in the workbook. Select the range again.`,
    "host.sheetMissing",
    { sheet: ref.sheet, address: ref.address },
  );
}

function emptyRange(ref: RangeRef): HostError {
  return new HostError(
    "EmptySelection",
    `The range ${ref.address} is empty. Select it again, header row included.`,
    "host.emptyRange",
    { address: ref.address },
  );
}

async function multiAreaError(ctx: XlContext, rangeAreas: boolean): Promise<HostError> {
  let detail = "";
  let params: { areas: number; address: string } | undefined;
  if (rangeAreas) {
    const areas = ctx.workbook.getSelectedRanges().load("areaCount,address");
    await ctx.sync();
    params = { areas: areas.areaCount, address: areas.address };
    detail = ` You selected ${params.areas} areas (${params.address}).`;
  }
  return new HostError(
    "MultiAreaSelection",
    `TierLadder reads one block of cells at a time.${detail} Select a single block (for example the whole customer list) and try again.`,
    "host.multiArea",
    params,
  );
}

async function readWithoutWindow(reading: Reading, tablesSupported: boolean): Promise<SelectionRead> {
  const { ctx } = reading;
  const selected = ctx.workbook.getSelectedRange();
  const sheet = selected.worksheet.load("name");
  const used = selected.getUsedRangeOrNullObject(true).load(`${GEOMETRY},rowHidden`);
  const tables = tablesSupported ? selected.getTables(false).load("items/name") : undefined;
  await ctx.sync();
  if (tables && tables.items.length > 0) return readTable(reading, tables.items[0].name);
  if (used.isNullObject) throw new HostError("EmptySelection", "The selection is empty.", "host.emptySelection");
  return readBlock(reading, { sheetName: sheet.name, sheet, rect: rectOf(used), rowHidden: used.rowHidden });
}

async function readTable(reading: Reading, tableName: string): Promise<SelectionRead> {
  const table = reading.ctx.workbook.tables.getItem(tableName);
  const range = table.getRange().load(`${GEOMETRY},rowHidden`);
  const sheet = table.worksheet.load("name");
  await reading.ctx.sync();
  const read = await readBlock(reading, {
    sheetName: sheet.name,
    sheet,
    rect: rectOf(range),
    rowHidden: range.rowHidden,
  });
  return { ...read, tableName };
}

/** Reads `rect` in row chunks, reusing the first window when it covers the block's full width. */
async function readBlock(reading: Reading, block: Block): Promise<SelectionRead> {
  const { ctx, props, budget } = reading;
  const { sheetName, sheet, rect, rowHidden, window } = block;
  const grid: Grid = new Array(rect.rowCount);
  const formats: string[][] | undefined = props.includes("numberFormat") ? new Array(rect.rowCount) : undefined;
  let done = 0;
  let cellBytes = INITIAL_CELL_BYTES;
  if (window) {
    const w = rectOf(window);
    const covers = w.row === rect.row && w.column === rect.column && w.columnCount === rect.columnCount;
    if (covers) {
      const values = window.values;
      for (let i = 0; i < w.rowCount; i++) grid[i] = values[i];
      if (formats) for (let i = 0; i < w.rowCount; i++) formats[i] = window.numberFormat[i];
      done = w.rowCount;
      cellBytes = Math.max(4, measure(values, formats?.slice(0, w.rowCount)) / Math.max(1, w.rowCount * w.columnCount));
    }
  }
  let chunk = rowsPerChunk(cellBytes * rect.columnCount * 1.15, budget);
  while (done < rect.rowCount) {
    const count = Math.min(chunk, rect.rowCount - done);
    const part = sheet.getRangeByIndexes(rect.row + done, rect.column, count, rect.columnCount).load(props);
    try {
      await ctx.sync();
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || count === 1) throw e;
      chunk = Math.max(1, Math.floor(count / 2)); // retry the same rows in smaller chunks
      continue;
    }
    const values = part.values;
    for (let i = 0; i < count; i++) grid[done + i] = values[i];
    const nf = formats ? part.numberFormat : undefined;
    if (formats && nf) for (let i = 0; i < count; i++) formats[done + i] = nf[i];
    done += count;
    // Size the next chunk from what this one really weighed (rows further down may be wider).
    const perRow = measure(values, nf) / count;
    chunk = rowsPerChunk(perRow * 1.03, budget);
  }
  const hiddenRows = rowHidden === false ? [] : await hiddenRowsOf(ctx, sheet, rect, rowHidden);
  return {
    address: rectAddress(rect, sheetName),
    sheet: sheetName,
    top: rect.row,
    left: rect.column,
    grid,
    numberFormats: formats,
    hiddenRows,
  };
}

function measure(values: unknown[][], formats?: unknown[][]): number {
  return JSON.stringify(values).length + (formats ? JSON.stringify(formats).length : 0);
}

/** Range.rowHidden is true (all hidden), false (none) or null (some): only then each row is asked, in batches. */
async function hiddenRowsOf(
  ctx: XlContext,
  sheet: XlWorksheet,
  rect: Rect,
  rowHidden: boolean | null,
): Promise<number[]> {
  if (rowHidden === true) return Array.from({ length: rect.rowCount }, (_, i) => i);
  const hidden: number[] = [];
  const BATCH = 5_000;
  for (let start = 0; start < rect.rowCount; start += BATCH) {
    const rows: XlRange[] = [];
    const count = Math.min(BATCH, rect.rowCount - start);
    for (let i = 0; i < count; i++)
      rows.push(sheet.getRangeByIndexes(rect.row + start + i, rect.column, 1, 1).load("rowHidden"));
    await ctx.sync();
    rows.forEach((r, i) => {
      if (r.rowHidden) hidden.push(start + i);
    });
  }
  return hidden;
}
