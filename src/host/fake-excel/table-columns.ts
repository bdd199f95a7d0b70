import type { TableState } from "./state";

/**
 * TableColumn.id: "a unique key that identifies the column within the table" (ExcelApi 1.1, Excel.TableColumn
 * reference, https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-id-member),
 * and TableColumnCollection.getItem / getItemOrNullObject take "Column name or ID". The fake numbers a table's
 * columns 1, 2, … as created and gives a new column the next number (as the table parts of a workbook do); an id
 * is never reused while the table lives.
 */
export function columnIds(t: TableState): number[] {
  const ids = (t.columnIds ??= Array.from({ length: t.rect.columnCount }, (_, i) => i + 1));
  while (ids.length < t.rect.columnCount) ids.push(Math.max(0, ...ids, t.lastColumnId ?? 0) + 1);
  if (ids.length > t.rect.columnCount) ids.length = t.rect.columnCount;
  t.lastColumnId = Math.max(t.lastColumnId ?? 0, ...ids);
  return ids;
}

/** Offset in the table of the column with this id, or -1. */
export function columnOffsetById(t: TableState, id: number): number {
  return columnIds(t).indexOf(id);
}

/** Drops the id of a deleted column. */
export function removeColumnId(t: TableState, offset: number): void {
  columnIds(t).splice(offset, 1);
}
