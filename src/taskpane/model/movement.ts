import type { CellValue } from "../../engine/cells";
import {
  HEADER_FILL,
  mergePlans,
  movementLines,
  movementPlan,
  sheetBounds,
  snapshotOf,
  tierMovement,
  type CustomerDetails,
  type TierMovement,
  type TierSnapshot,
  type WorkbookPlan,
} from "../../engine/plans";
import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";

/** This run's tiers by customer name, or undefined when the list has no customer column to match on. */
export function currentSnapshot(output: TierTableOutput, takenAt: string): TierSnapshot | undefined {
  const r = output.result;
  if (!r.customers) return undefined;
  return snapshotOf(r.customers, r.tier, r.labels, takenAt);
}

/** Each customer's value and sales rep in this run, for the who-moved list (rep from the row the customer was read from). */
export function customerDetails(output: TierTableOutput, table: Table | undefined): CustomerDetails | undefined {
  const r = output.result;
  if (!r.customers) return undefined;
  const rep = table?.columns.find((c) => c.role === "rep")?.index;
  const text = (v: CellValue | undefined) =>
    v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();
  const out = new Map<string, { value?: number; rep?: string }>();
  r.customers.forEach((name, i) => {
    const row = table && rep !== undefined ? table.rows[r.gridRows[i] - table.firstRow] : undefined;
    out.set(name, {
      value: Number.isFinite(r.value[i]) ? r.value[i] : undefined,
      rep: row ? text(row[rep!]) || undefined : undefined,
    });
  });
  return out;
}

/** What the pane tells the user about movement after a write. */
export interface MovementNote {
  /** When the previous run was taken (ISO); undefined on the first run. */
  readonly since?: string;
  readonly movement?: TierMovement;
  /** "12 customers A → B", largest group first (the engine's movementLines). */
  readonly lines: readonly string[];
}

export function movementNote(previous: TierSnapshot | undefined, current: TierSnapshot, lang: Lang): MovementNote {
  if (!previous) return { lines: [] };
  const movement = tierMovement(previous, current);
  return { since: previous.takenAt, movement, lines: movementLines(movement, lang) };
}

/** What withMovement adds to a plan: the snapshots compared, and the summary's title and lines. */
export interface MovementBlock {
  readonly previous: TierSnapshot | undefined;
  readonly current: TierSnapshot;
  readonly lang: Lang;
  readonly title: string;
  readonly lines: readonly string[];
  readonly details?: CustomerDetails;
}

/**
 * Adds tier movement to a plan: the engine's movementPlan (the Movement sheet and the new "lastRun"
 * snapshot setting) and, when the plan has the summary sheet, the movement lines under its total row
 * (title row, then one line per move), so the summary says what changed since the last run.
 */
export function withMovement(plan: WorkbookPlan, m: MovementBlock): WorkbookPlan {
  const { previous, current, lang, title, lines, details } = m;
  const merged = mergePlans(plan, movementPlan(previous, current, lang, details));
  if (!previous) return merged;
  return {
    ...merged,
    sheets: merged.sheets.map((sheet) => {
      if (sheet.key !== "summary") return sheet;
      // Summary rows: header, one per tier, total; leave one blank row under them.
      const bottom = sheet.blocks.reduce((end, b) => Math.max(end, b.row + b.values.length), 0);
      const withLines = {
        ...sheet,
        blocks: [
          ...sheet.blocks,
          {
            row: bottom + 1,
            column: 0,
            headerRows: 1,
            headerFill: HEADER_FILL,
            what: title,
            values: [[title], ...lines.map((l) => [l])],
          },
        ],
      };
      // The report prints the movement too.
      return sheet.print ? { ...withLines, print: { ...sheet.print, area: sheetBounds(withLines) } } : withLines;
    }),
  };
}
