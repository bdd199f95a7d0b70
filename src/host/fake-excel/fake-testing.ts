import type { Grid } from "../../engine/cells";
import type { ActionInfo, FakeStats } from "./context";
import { FakeOfficeError } from "./office-error";
import type { WorkbookState } from "./state";
import { writeCells } from "./table-growth";
import { rectOfAddress, sheetNamed } from "./fake-workbook-view";

/** Helpers for tests and the preview page (things a user does in Excel's own UI). */
export interface FakeExcelTesting {
  /** Selects one or more areas ("A1:D10", "A:D"); several areas make a multi-area selection. */
  setSelection(sheet: string, ...addresses: string[]): void;
  /** Selects a chart (by name) or a shape on the sheet, as a user clicking it: no cells are then the selection. */
  selectObject(sheet: string, kind: "chart" | "shape", name: string): void;
  hideRows(sheet: string, rows: number[]): void;
  /** Turns a block with a header row into an Excel table. */
  makeTable(sheet: string, address: string, name: string): void;
  /** Writes cells from A1-style address as a user would type them (a table next to them grows, as in Excel). */
  setCells(sheet: string, address: string, grid: Grid): void;
  /**
   * Types a formula into one cell ("C2"); `value` stands for its last calculated value (nothing is evaluated).
   * In an empty table column the formula fills the column, as Excel makes a calculated column.
   */
  setFormula(sheet: string, address: string, formula: string, value: string | number | boolean): void;
  setSetting(key: string, value: unknown): void;
  /** Makes the first queued write that matches fail at sync with this error code (once). */
  failOn(match: (info: ActionInfo) => boolean, code?: string): void;
  resetStats(): void;
}

/** A queued failure: the first write matching `match` fails at sync with `code`. */
export interface PlannedFailure {
  readonly match: (info: ActionInfo) => boolean;
  readonly code: string;
}

/** What the testing helpers change besides the workbook: the failures to plan, the counters, the selection's listeners. */
export interface TestingHooks {
  readonly failures: PlannedFailure[];
  readonly stats: FakeStats;
  readonly selectionListeners: Set<() => void>;
}

/** Writes cells as a user types them: a table beside them grows, as in Excel (table-growth.ts). */
function typeCells(state: WorkbookState, sheet: string, address: string, grid: Grid): void {
  const s = sheetNamed(state, sheet);
  const r = rectOfAddress(address);
  const rect = { ...r, rowCount: grid.length, columnCount: Math.max(1, ...grid.map((row) => row.length)) };
  writeCells(state, s, rect, () =>
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") state.setRaw(s, r.row + i, r.column + j, undefined);
        else state.setTyped(s, r.row + i, r.column + j, typeof v === "object" ? "#VALUE!" : v);
      }),
    ),
  );
  state.changed();
}

/** Types a formula into one cell; `value` stands for its last calculated value. */
function typeFormula(
  state: WorkbookState,
  sheet: string,
  address: string,
  cell: { formula: string; value: string | number | boolean },
): void {
  const r = rectOfAddress(address);
  const s = sheetNamed(state, sheet);
  writeCells(state, s, { row: r.row, column: r.column, rowCount: 1, columnCount: 1 }, () =>
    state.setFormula(s, r.row, r.column, cell),
  );
  state.changed();
}

/** The testing helpers over the fake's state (FakeExcel.testing). */
export function fakeTesting(state: WorkbookState, hooks: TestingHooks): FakeExcelTesting {
  const { failures, stats, selectionListeners } = hooks;
  const sheetOf = (name: string) => sheetNamed(state, name);
  const selected = () => {
    selectionListeners.forEach((l) => l());
    state.changed();
  };
  return {
    setSelection(sheet, ...addresses) {
      const s = sheetOf(sheet);
      state.selection = { sheet: s, areas: addresses.map(rectOfAddress) };
      state.activeSheet = s;
      selected();
    },
    selectObject(sheet, kind, name) {
      const s = sheetOf(sheet);
      if (kind === "chart" && !s.charts.some((c) => c.name === name))
        throw new Error(`fake Excel: no chart "${name}" on ${sheet}`);
      state.selection = {
        sheet: s,
        areas:
          state.selection?.sheet === s ? state.selection.areas : [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }],
        object: { kind, name },
      };
      state.activeSheet = s;
      selected();
    },
    hideRows(sheet, rows) {
      const s = sheetOf(sheet);
      rows.forEach((r) => s.hiddenRows.add(r));
      state.changed();
    },
    makeTable(sheet, address, name) {
      const s = sheetOf(sheet);
      if (state.table(name)) throw new FakeOfficeError("InvalidArgument", `A table named "${name}" already exists.`);
      state.tables.push({ name, sheet: s, rect: rectOfAddress(address) });
      state.changed();
    },
    setCells: (sheet, address, grid) => typeCells(state, sheet, address, grid),
    setFormula: (sheet, address, formula, value) => typeFormula(state, sheet, address, { formula, value }),
    setSetting(key, value) {
      state.settings.set(key, JSON.stringify(value));
    },
    failOn(match, code = "GeneralException") {
      failures.push({ match, code });
    },
    resetStats() {
      stats.syncs = 0;
      stats.requestBytes.length = 0;
      stats.responseBytes.length = 0;
      stats.suspendCalculationCalls = 0;
    },
  };
}
