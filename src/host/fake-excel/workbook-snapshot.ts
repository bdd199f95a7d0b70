import { rectAddress } from "../../engine/cells";
import type { SheetState, WorkbookState } from "./state";
import { columnIds } from "./table-columns";

/** One non-blank or formatted cell, as a test compares it. */
export interface CellSnapshot {
  readonly value?: string | number | boolean;
  readonly format?: string;
  readonly formula?: string;
  readonly quotePrefix?: true;
}

/**
 * The whole fake workbook as plain data, for tests that compare the workbook before and after a write
 * cell by cell and object by object: every sheet (by id and name, in order) with its non-blank or
 * number-formatted cells, conditional formats, data validations, charts, frozen rows and columns, visibility,
 * merged areas, print settings, filter and defined names (an opened file's, which a failed write must leave as
 * they were); every table with
 * its range and column ids; every setting. Cell styles (bold, fill) and column widths are left out: they
 * are written only by the cosmetic steps after a write has committed.
 */
export interface WorkbookSnapshot {
  readonly sheets: readonly {
    readonly id: string;
    readonly name: string;
    readonly cells: Readonly<Record<string, CellSnapshot>>;
    readonly conditionalFormats: readonly { address: string; operator: string; formula1: string; fill?: string }[];
    readonly validations: readonly { address: string; list: readonly string[] }[];
    readonly charts: readonly {
      id?: string;
      name: string;
      type: string;
      title: string;
      source: string;
      series: readonly unknown[];
      position?: string;
    }[];
    readonly frozenRows: number;
    readonly frozenColumns: number;
    readonly visibility: string;
    readonly mergedAreas: readonly string[];
    /** An opened file's print settings and filter kept as XML, and its names scoped to the sheet (as XML). */
    readonly keptElements: readonly string[];
    readonly definedNames: readonly string[];
  }[];
  /** An opened file's workbook-scoped names. */
  readonly definedNames: readonly string[];
  readonly tables: readonly { name: string; sheetId: string; address: string; columnIds: readonly number[] }[];
  readonly settings: Readonly<Record<string, string>>;
}

export function snapshotWorkbook(state: WorkbookState): WorkbookSnapshot {
  return {
    sheets: state.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      cells: cellsOf(state, s),
      conditionalFormats: s.condFormats.map((f) => ({
        address: rectAddress(f.rect),
        operator: f.operator,
        formula1: f.formula1,
        ...(f.fill ? { fill: f.fill } : {}),
      })),
      validations: s.validations.map((v) => ({ address: rectAddress(v.rect), list: [...v.list] })),
      charts: s.charts.map((c) => ({
        id: c.id,
        name: c.name,
        type: c.type,
        title: c.title,
        source: rectAddress(c.source),
        series: c.series.map((x) => JSON.parse(JSON.stringify(x)) as unknown),
        position: c.position && rectAddress(c.position.from) + (c.position.to ? `:${rectAddress(c.position.to)}` : ""),
      })),
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      visibility: s.visibility,
      mergedAreas: s.mergedAreas.map((a) => rectAddress(a)),
      keptElements: s.keptElements.map((e) => e.xml),
      definedNames: s.definedNames.map((n) => n.xml),
    })),
    definedNames: state.definedNames.map((n) => n.xml),
    tables: state.tables.map((t) => ({
      name: t.name,
      sheetId: t.sheet.id,
      address: rectAddress(t.rect),
      columnIds: [...columnIds(t)],
    })),
    settings: Object.fromEntries([...state.settings].sort(([a], [b]) => a.localeCompare(b))),
  };
}

function cellsOf(state: WorkbookState, s: SheetState): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  const rows = Math.max(s.values.length, s.formats.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(s.values[r]?.length ?? 0, s.formats[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = s.values[r]?.[c];
      const format = s.formats[r]?.[c];
      if (value === undefined && format === undefined) continue;
      const cell: { -readonly [K in keyof CellSnapshot]: CellSnapshot[K] } = {};
      if (value !== undefined) cell.value = value;
      if (format !== undefined) cell.format = format;
      if (state.isFormula(s, r, c)) cell.formula = state.formulaOrValue(s, r, c) as string;
      if (state.hasQuotePrefix(s, r, c)) cell.quotePrefix = true;
      cells[rectAddress({ row: r, column: c, rowCount: 1, columnCount: 1 })] = cell;
    }
  }
  return cells;
}
