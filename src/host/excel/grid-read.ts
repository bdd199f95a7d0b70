import type { Rect } from "./a1";
import type { Batch } from "./batch";
import { rowsPerChunk } from "./chunking";
import { errorCode } from "./errors";
import type { XlContext, XlRange } from "./xl-types";

/** Cells as read: values and number formats, from a rectangle's top-left. */
export interface CellGrid {
  readonly rect: Rect;
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
}

/** Cells read in one request at most (values and formats of 100,000 cells stay well under a 5 MB response). */
export const GRID_IN_ONE_READ = 100_000;

/** Queues loading a small grid with another sync; read it with `take` after that sync. */
export function queueGrid(ctx: XlContext, sheet: string, rect: Rect): () => CellGrid {
  const range: XlRange = ctx.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount)
    .load("values,numberFormat");
  return () => ({ rect, values: range.values, formats: range.numberFormat });
}

/** Reads a grid in row chunks under the response budget, halving a chunk Excel refuses as too large. */
export async function readGrid(batch: Batch, sheet: string, rect: Rect): Promise<CellGrid> {
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const ws = batch.ctx.workbook.worksheets.getItem(sheet);
  await readRowChunks(
    batch,
    { rect, from: 0, bytesPerCell: 40 },
    (row, count) => ws.getRangeByIndexes(row, rect.column, count, rect.columnCount).load("values,numberFormat"),
    (part) => {
      part.values.forEach((r) => values.push(r));
      part.numberFormat.forEach((r) => formats.push(r));
    },
  );
  return { rect, values, formats };
}

/**
 * Reads `rect`'s rows from `from` (counted within rect) on in chunks whose response stays under the batch's
 * budget (about `bytesPerCell` a cell), halving a chunk Excel refuses as too large
 * (ResponsePayloadSizeLimitExceeded); `load` queues one chunk's range (sheet row, row count) and `take`
 * receives it after its sync, in row order.
 */
export async function readRowChunks(
  batch: Pick<Batch, "sync" | "budget">,
  rows: { rect: Rect; from: number; bytesPerCell: number },
  load: (row: number, count: number) => XlRange,
  take: (part: XlRange) => void,
): Promise<void> {
  const { rect, bytesPerCell } = rows;
  const { sync, budget } = batch;
  let done = rows.from;
  let chunk = rowsPerChunk(bytesPerCell * rect.columnCount, budget);
  while (done < rect.rowCount) {
    const count = Math.min(chunk, rect.rowCount - done);
    const part = load(rect.row + done, count);
    try {
      await sync();
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || count === 1) throw e;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    take(part);
    done += count;
  }
}
