import type { CellValue, Grid } from "../../src/engine/cells/cell-value";
import type { SheetRect } from "../../src/preview/grid/a1-address";
import type { SheetLayout } from "../../src/preview/grid/sheet-layout";
import type { PreviewChart, PreviewSheet, PreviewWorkbookView } from "../../src/preview/workbook-view";

/** A test double of the preview's workbook view over plain grids (with layouts, if given), recording every select() call. */
export function memoryView(
  sheets: Record<string, Grid>,
  charts: Record<string, PreviewChart[]> = {},
  layouts: Record<string, SheetLayout> = {},
) {
  const names = Object.keys(sheets);
  let active = names[0];
  let selection: SheetRect = { sheet: active, row: 0, column: 0, rowCount: 1, columnCount: 1 };
  let version = 0;
  const listeners = new Set<() => void>();
  const selects: SheetRect[] = [];
  const changed = () => {
    version++;
    listeners.forEach((l) => l());
  };
  const sheetOf = (name: string): PreviewSheet | undefined => {
    const g = sheets[name];
    if (!g) return undefined;
    return {
      name,
      rowCount: g.length,
      columnCount: Math.max(0, ...g.map((r) => r.length)),
      value: (r, c): CellValue => g[r]?.[c] ?? null,
      numberFormat: () => undefined,
      charts: () => charts[name] ?? [],
      layout: layouts[name],
    };
  };
  const view: PreviewWorkbookView = {
    sheetNames: () => names,
    sheet: sheetOf,
    activeSheet: () => active,
    activate: (s) => {
      active = s;
      changed();
    },
    selection: () => selection,
    select: (rect) => {
      selection = rect;
      selects.push(rect);
      changed();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    version: () => version,
  };
  return { view, selects };
}
