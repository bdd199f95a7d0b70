import type { PlanColumns, WorkbookPlan } from "../../engine/plans";
import type { ApplyProgress, ApplyReport, HostNotice } from "../host-api";
import { englishNotice } from "../../i18n/english-notice";
import type { Rect } from "./a1";
import type { Batch } from "./batch";
import type { CloserLook } from "./closer-look";
import type { Inspection } from "./inspect";
import type { RegistryColumn } from "./output-registry";
import type { XlContext, XlWorksheet } from "./xl-types";

/** What one applyPlan call shares between its phases (inspect, place, write, decorate, commit or restore). */
export interface ApplyRun extends Batch {
  readonly plan: WorkbookPlan;
  supports(version: string): boolean;
  readonly notices: HostNotice[];
  /** This write's id: saved in the registry (commit.ts), and in the names of the charts it draws. */
  readonly runId: string;
  readonly written: ApplyReport["written"];
  readonly onProgress?: (p: ApplyProgress) => void;
}

/** One unit of queued data work; chunks of big blocks can split in two when a request turns out too big. */
export interface Step {
  bytes: number;
  progress: HostNotice;
  queue(ctx: XlContext): void;
  split?(): [Step, Step];
  /** Creates a sheet whose id later steps read (so they must go in a later sync). */
  createsSheet?: boolean;
  needsSheetIds?: boolean;
}

/**
 * A cosmetic step (titles, colours, widths, drop-downs, frozen header, removing the previous run's charts):
 * queued after the data and the registry, so a failure here never undoes the write; it is retried alone and,
 * failing again, becomes a warning. Each is idempotent (safe to queue twice).
 */
export interface Decoration {
  readonly what: HostNotice;
  queue(ctx: XlContext): void;
}

/** Where a column block goes, decided after inspecting the workbook. */
export interface ColumnsTarget {
  readonly plan: PlanColumns;
  readonly sheetId: string;
  readonly sheetName: string;
  /** Header row + data rows × new columns. */
  readonly rect: Rect;
  readonly addTableColumns: boolean;
  /** Rows left over from a longer previous run (cleared). */
  readonly clearRows?: Rect;
  /** The block TierLadder wrote last time (header included), when this run refreshes it. */
  readonly prev?: RegistryColumn;
  /** The cells a failure puts back: `rect`, the previous block and the cleared rows. */
  readonly restoreRect: Rect;
}

export const notice = (key: string, params?: HostNotice["params"]): HostNotice => (params ? { key, params } : { key });

/** Adds a warning once (several blocks may miss the same feature). */
export function warnOnce(run: Pick<ApplyRun, "notices">, n: HostNotice): void {
  if (!run.notices.some((x) => x.key === n.key && JSON.stringify(x.params) === JSON.stringify(n.params)))
    run.notices.push(n);
}

export { englishNotice };

/** What the first phases found: the inspection, the closer look, and where each column block goes. */
export interface WriteJob {
  readonly insp: Inspection;
  readonly look: CloserLook;
  readonly targets: readonly ColumnsTarget[];
}

/** Where a sheet's steps write: its name, how to reach it, and (on a refresh) the tables it keeps. */
export interface SheetTarget {
  readonly name: string;
  readonly ref: () => XlWorksheet;
  readonly takenTables: Set<string>;
  /** Plan table name → the name it got. */
  readonly tableNames: { plan: string; name: string }[];
  /** On a refresh: plan table name → the previous run's table (name and range), resized instead of re-created. */
  readonly reuse?: Map<string, { readonly name: string; readonly rect: Rect }>;
  readonly canResize: boolean;
  /** A refreshed sheet keeps its old number formats until tidied: write every column's format. */
  readonly refreshed: boolean;
}
