import type { Grid } from "../../../src/engine/cells/cell-value";
import type { WorkbookPlan } from "../../../src/engine/plans/types";
import type {
  ApplyProgress,
  ApplyReport,
  HostRequirements,
  RangeRef,
  SelectionRead,
  WorkbookHost,
} from "../../../src/host/host-api";

/**
 * A test double of WorkbookHost over a fixed grid (not Excel, not the fake Excel): the selection is the
 * grid at a given sheet position; applyPlan records the plan and reports progress; settings live in a Map.
 */
export class StubHost implements WorkbookHost {
  readonly plans: WorkbookPlan[] = [];
  readonly settings = new Map<string, unknown>();
  readonly selected: [string, number, number][] = [];
  private listeners = new Set<() => void>();
  readError?: Error;
  applyError?: Error;

  constructor(
    public grid: Grid,
    public language = "en-US",
    public sheet = "Sheet1",
    public top = 0,
    public left = 0,
  ) {}

  async readSelection(): Promise<SelectionRead> {
    if (this.readError) throw this.readError;
    const rows = this.grid.length,
      cols = this.grid[0]?.length ?? 0;
    const col = (c: number) => String.fromCharCode(65 + c);
    return {
      address: `${this.sheet}!${col(this.left)}${this.top + 1}:${col(this.left + cols - 1)}${this.top + rows}`,
      sheet: this.sheet,
      top: this.top,
      left: this.left,
      grid: this.grid,
      hiddenRows: [],
    };
  }
  /** Ranges readRange answers, by address (e.g. the order history of a saved scheme). */
  readonly ranges = new Map<string, SelectionRead>();
  readRanges: RangeRef[] = [];
  async readRange(ref: RangeRef): Promise<SelectionRead> {
    this.readRanges.push(ref);
    const read = this.ranges.get(ref.address);
    if (!read) throw new Error(`StubHost: no range ${ref.address}`);
    return read;
  }
  onSelectionChanged(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }
  /** Simulates the user selecting another range. */
  select(grid: Grid): void {
    this.grid = grid;
    for (const l of this.listeners) l();
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  async applyPlan(plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> {
    onProgress?.({ fraction: 0.5, step: "Writing" });
    if (this.applyError) throw this.applyError;
    this.plans.push(plan);
    return {
      written: [
        ...plan.columns.map((c) => ({ sheet: c.sheet, address: `${c.sheet}!E1:H11`, what: c.what })),
        ...plan.sheets.map((s) => ({ sheet: s.name, address: "A1", what: s.key })),
      ],
      syncs: 2,
      warnings: [],
    };
  }
  async loadSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }
  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, value);
  }
  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    this.selected.push([sheet, row, column]);
  }
  displayLanguage(): string {
    return this.language;
  }
  /** Everything supported unless a test says otherwise. */
  requirementsReport: HostRequirements = { minimum: "1.7", meetsMinimum: true, unavailable: [] };
  requirements(): HostRequirements {
    return this.requirementsReport;
  }
}
