import type { PlanCellBlock, PlanSheet, PlanTable, PlanValue } from "../../engine/plans";
import type { HostNotice } from "../host-api";
import { type Rect, rectAddress } from "./a1";
import { type ApplyRun, type ColumnsTarget, type Decoration, type SheetTarget, type Step, notice } from "./apply-types";
import { PAYLOAD_BUDGET_BYTES, chunkRowsByBytes, rowBytes } from "./chunking";
import { chartSteps, planRange, sheetDecoration, columnsDecoration } from "./decorate";
import { uniqueTableName } from "./output-registry";
import { cutOut } from "./refresh";
import { toExcelValue } from "./protect-text";
import { type UserCellRect, markedFormula } from "./user-cells";
import type { XlContext, XlWorksheet } from "./xl-types";

/**
 * The data steps of a write: values, number formats, tables and charts (their data). What only changes
 * how it looks goes to the decorations (decorate.ts), run after the write has committed.
 */

/** A grid of plan values to write with its top-left cell at (row, column). */
export interface GridWrite {
  readonly row: number;
  readonly column: number;
  readonly values: PlanValue[][];
  /** A number format per column, where the plan has one. */
  readonly formats?: readonly (string | undefined)[];
  readonly what: string | HostNotice;
  /** General where the plan has no format (a refreshed sheet would otherwise keep its old formats). */
  readonly allFormats?: boolean;
}

/** Steps writing a value grid, split into row chunks under the budget. */
export function gridSteps(
  sheetOf: (c: XlContext) => XlWorksheet,
  grid: GridWrite,
  budget = PAYLOAD_BUDGET_BYTES,
): Step[] {
  const { row, column, values, formats, what, allFormats = false } = grid;
  if (values.length === 0) return [];
  const width = values[0].length;
  // A user's formula carried over (Status, Notes) goes in as the formula: Range.values takes "=…" as one.
  const excel = values.map((r) => r.map((v) => markedFormula(v) ?? toExcelValue(v)));
  const fmt = Array.from({ length: width }, (_, j) => formats?.[j] ?? (allFormats ? "General" : undefined));
  const formatted = fmt.map((f, j) => (f ? j : -1)).filter((j) => j >= 0);
  const fmtBytes = formatted.reduce((s, j) => s + (fmt[j]!.length + 5), 0);
  const make = (start: number, count: number): Step => ({
    bytes: excel.slice(start, start + count).reduce((s, r) => s + rowBytes(r), 0) + count * fmtBytes + 100,
    progress: notice("write.steps.rows", { what, from: start + 1, to: start + count, total: values.length }),
    queue: (c) => {
      const ws = sheetOf(c);
      // Formats first: the values that follow are then read with the right format.
      for (const j of formatted)
        ws.getRangeByIndexes(row + start, column + j, count, 1).numberFormat = Array.from({ length: count }, () => [
          fmt[j],
        ]);
      ws.getRangeByIndexes(row + start, column, count, width).values = excel.slice(start, start + count);
    },
    split:
      count > 1
        ? () => [make(start, Math.ceil(count / 2)), make(start + Math.ceil(count / 2), count - Math.ceil(count / 2))]
        : undefined,
  });
  // Leave 16 KB per sync for the small steps (headers, formats, charts) that share it.
  return chunkRowsByBytes(excel.length, (i) => rowBytes(excel[i]) + fmtBytes, budget - 16_384).map((ch) =>
    make(ch.start, ch.count),
  );
}

/** Steps writing cells with a number format each (the user's cells kept by a refresh), in row chunks under the budget. */
export function cellGridSteps(
  sheetOf: () => XlWorksheet,
  cells: UserCellRect,
  what: string | HostNotice,
  budget = PAYLOAD_BUDGET_BYTES,
): Step[] {
  const { rect, values, isFormula, formats } = cells;
  // The user's formulas as they were, every other cell protected as text where it is text.
  const excel = values.map((r, i) =>
    r.map((v, j) => (isFormula[i]?.[j] ? v : typeof v === "string" ? toExcelValue(v) : v)),
  );
  const bytesOf = (i: number) => rowBytes(excel[i]) + rowBytes(formats[i]);
  const make = (start: number, count: number): Step => ({
    bytes: Array.from({ length: count }, (_, k) => bytesOf(start + k)).reduce((a, b) => a + b, 0) + 100,
    progress: notice("write.steps.rows", { what, from: start + 1, to: start + count, total: values.length }),
    queue: () => {
      const range = sheetOf().getRangeByIndexes(rect.row + start, rect.column, count, rect.columnCount);
      range.numberFormat = formats.slice(start, start + count);
      range.formulas = excel.slice(start, start + count);
    },
    split:
      count > 1
        ? () => [make(start, Math.ceil(count / 2)), make(start + Math.ceil(count / 2), count - Math.ceil(count / 2))]
        : undefined,
  });
  return chunkRowsByBytes(excel.length, bytesOf, budget - 16_384).map((ch) => make(ch.start, ch.count));
}

/** Tier columns beside the user's data: the header (or new table columns), the rows, and leftover rows of a longer previous run cleared. */
export function columnSteps(run: ApplyRun, t: ColumnsTarget, decorations: Decoration[]): Step[] {
  const p = t.plan;
  const sheetOf = (c: XlContext) => c.workbook.worksheets.getItem(t.sheetName);
  const { rect } = t;
  const steps: Step[] = [
    {
      bytes: 300 + JSON.stringify(p.headers).length,
      progress: notice("write.steps.header", { what: p.what }),
      queue: (c) => {
        if (t.addTableColumns && p.tableName) {
          // TableColumnCollection.add(index, values, name): https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection
          const table = c.workbook.tables.getItem(p.tableName);
          for (const h of p.headers) table.columns.add(undefined, undefined, h);
        } else {
          sheetOf(c).getRangeByIndexes(rect.row, rect.column, 1, rect.columnCount).values = [
            p.headers.map((h) => toExcelValue(h)),
          ];
        }
        const left = t.clearRows;
        if (left) {
          const range = sheetOf(c).getRangeByIndexes(left.row, left.column, left.rowCount, left.columnCount);
          range.clear("Contents");
          range.numberFormat = Array.from({ length: left.rowCount }, () =>
            new Array<string>(left.columnCount).fill("General"),
          );
        }
      },
    },
  ];
  steps.push(
    ...gridSteps(
      sheetOf,
      { row: rect.row + 1, column: rect.column, values: p.rows, formats: p.columnFormats, what: p.what },
      run.budget,
    ),
  );
  decorations.push(columnsDecoration(run, t));
  run.written.push({ sheet: t.sheetName, address: rectAddress(rect, t.sheetName), what: p.what });
  return steps;
}

/** Steps writing a sheet plan's blocks, tables and charts; its formats go to the decorations. */
export function sheetSteps(run: ApplyRun, s: PlanSheet, target: SheetTarget, decorations: Decoration[]): Step[] {
  const steps: Step[] = [];
  const fit: Rect[] = [];
  for (const b of s.blocks) steps.push(...blockSteps(run, b, target, fit));
  for (const t of s.tables) steps.push(...tableSteps(run, t, target, fit));
  decorations.push(sheetDecoration(run, s, target, fit));
  for (const chart of s.charts) steps.push(...chartSteps(run, chart, target, decorations));
  return steps;
}

function blockSteps(run: ApplyRun, b: PlanCellBlock, target: SheetTarget, fit: Rect[]): Step[] {
  if (b.values.length === 0) return [];
  const headerRows = b.headerRows ?? 0;
  const rect = { row: b.row, column: b.column, rowCount: b.values.length, columnCount: b.values[0].length };
  fit.push(rect);
  run.written.push({ sheet: target.name, address: rectAddress(rect, target.name), what: b.what });
  const common = { column: b.column, what: b.what, allFormats: target.refreshed };
  return [
    ...gridSteps(target.ref, { ...common, row: b.row, values: b.values.slice(0, headerRows) }, run.budget),
    ...gridSteps(
      target.ref,
      { ...common, row: b.row + headerRows, values: b.values.slice(headerRows), formats: b.columnFormats },
      run.budget,
    ),
  ];
}

/**
 * Steps writing a table: header and rows, then the Excel table over them — a new one, or (on a refresh) the
 * table of the last run resized to the new rows (Table.resize, ExcelApi 1.13:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)),
 * keeping its name and references.
 */
function tableSteps(run: ApplyRun, t: PlanTable, target: SheetTarget, fit: Rect[]): Step[] {
  const kept = target.reuse?.get(t.name);
  const reuse = kept?.name;
  const name = reuse ?? uniqueTableName(t.name, target.takenTables);
  target.takenTables.add(name);
  target.tableNames.push({ plan: t.name, name });
  const rect = { row: t.row, column: t.column, rowCount: t.rows.length + 1, columnCount: t.headers.length };
  fit.push(rect);
  run.written.push({ sheet: target.name, address: rectAddress(rect, target.name), what: t.what });
  const common = { column: t.column, what: t.what, allFormats: target.refreshed };
  const cells = [
    ...gridSteps(target.ref, { ...common, row: t.row, values: [[...t.headers]] }, run.budget),
    ...gridSteps(target.ref, { ...common, row: t.row + 1, values: t.rows, formats: t.columnFormats }, run.budget),
  ];
  // An Excel table needs at least one data row: an empty list gets one blank row.
  const range = (c: XlContext) => {
    void c;
    return planRange(target.ref(), { ...rect, rowCount: Math.max(1, t.rows.length) + 1 });
  };
  const progress = notice("write.steps.table", { table: name });
  // A kept table takes its new size before its cells are written, so no write spans a table and the cells
  // beside it (where Excel's auto-expansion is not documented for the API); a new table goes over the written cells.
  if (kept && reuse && target.canResize) {
    const tableRect = { ...rect, rowCount: Math.max(1, t.rows.length) + 1 };
    const leftOver = {
      bytes: 200,
      progress,
      queue: () => {
        for (const r of cutOut(kept.rect, tableRect)) planRange(target.ref(), r).clear("Contents");
      },
    };
    return [
      {
        bytes: 200 + name.length,
        progress,
        queue: (c: XlContext) => c.workbook.tables.getItem(reuse).resize(range(c)),
      },
      ...cells,
      leftOver,
    ];
  }
  return [
    ...cells,
    {
      bytes: 200 + name.length,
      progress,
      queue: (c) => {
        target.ref().tables.add(range(c), true).name = name;
      },
    },
  ];
}
