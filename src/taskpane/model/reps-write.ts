import { cellText } from "../../engine/cells";
import { mergePlans, ownerColumnPlan, repsSheetPlan, type WorkbookPlan } from "../../engine/plans";
import type { Table } from "../../engine/table";
import type { SelectionRead } from "../../host";
import type { Lang } from "../../i18n/language";
import type { RepsOutcome } from "./reps-plan";

const column = <T>(values: readonly (T | undefined)[]) => values.map((v) => (v === undefined ? null : v));

/**
 * The Reps tab's write: the "TierLadder Reps" sheet (one row per rep, payout and load where known) and, when owners
 * were suggested, the "Suggested owner" column beside the selection (each row its customer's suggestion; an order
 * list's lines their customer's).
 */
export function repsPlan(lang: Lang, reps: RepsOutcome, where?: { read: SelectionRead; table: Table }): WorkbookPlan {
  const sheet = repsSheetPlan({
    lang,
    reps: reps.rows,
    tierLabels: reps.labels,
    payout: reps.reps.some((r) => r.payout !== undefined) ? column(reps.reps.map((r) => r.payout)) : undefined,
    effectiveRate: reps.reps.some((r) => r.effectiveRate !== undefined)
      ? column(reps.reps.map((r) => r.effectiveRate))
      : undefined,
    load: reps.reps.some((r) => r.load) ? column(reps.reps.map((r) => r.load?.after)) : undefined,
    capacity: reps.reps.some((r) => r.load) ? column(reps.reps.map((r) => r.load?.capacity)) : undefined,
  });
  if (!reps.owners || !where) return sheet;
  const { read, table } = where;
  const customer = table.columns.find((c) => c.role === "customer")?.index;
  if (customer === undefined) return sheet;
  const onSheet = Math.min(table.rows.length, read.grid.length - table.firstRow);
  const owners = table.rows.slice(0, onSheet).map((row) => reps.owners!.get(cellText(row[customer]).trim()) ?? null);
  const ownerColumn = ownerColumnPlan({
    lang,
    sheet: read.sheet,
    tableName: read.tableName,
    headerRow: read.top + table.firstRow - 1,
    firstFreeColumn: read.left + (read.grid[0]?.length ?? table.columns.length),
    owners,
  });
  return mergePlans(sheet, ownerColumn);
}
