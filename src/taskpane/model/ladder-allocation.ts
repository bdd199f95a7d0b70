import { cellText } from "../../engine/cells";
import { allocate, quarterRange, splitPeriod, type PeriodUnit, type StageTarget } from "../../engine/ladder";
import type { Table } from "../../engine/table";
import type { Lang } from "../../i18n/language";

/** How a target is split: nothing, the months/weeks of the quarter, or the values of a rep/region column. */
export type AllocBy = "none" | "periods" | "column";
/** Weights of a column's values: equal, by the value column's sum, or by how many rows (customers) each has. */
export type AllocWeight = "equal" | "value" | "customers";

export interface AllocationSettings {
  readonly allocBy: AllocBy;
  /** "deals": the deal target only; "stages": every stage's target. */
  readonly allocWhat: "deals" | "stages";
  readonly periodUnit: PeriodUnit;
  readonly allocColumn?: number;
  readonly allocWeight: AllocWeight;
}

export interface Allocation {
  /** Row names: a period label ("2025-01", week start "2025-01-06") or a column value ("East"). */
  readonly names: string[];
  readonly weights: number[];
  /** The stages split (one when only the deal target is split): id, name and the total split. */
  readonly stages: { readonly id: string; readonly name: string; readonly total: number }[];
  /** parts[row][stage]; each stage's column sums to its total (largest remainder). */
  readonly parts: number[][];
}

/** The quarter (year, 1–4) that holds a UTC date. */
export function quarterOf(day: Date): { year: number; quarter: number } {
  return { year: day.getUTCFullYear(), quarter: Math.floor(day.getUTCMonth() / 3) + 1 };
}

/**
 * Names and weights of the parts: the months or weeks from the start of the quarter holding `closeBy` up
 * to and including `closeBy` (nothing is planned after the deals must close), weighted by their days
 * (splitPeriod: the last part is cut at the close-by date), or each non-blank value of a column of the selection with equal weight, the sum of
 * the value column over its rows, or its row count. Undefined when there is nothing to split by yet.
 */
export function allocationParts(
  s: AllocationSettings,
  closeBy: Date,
  table: Table | undefined,
): { names: string[]; weights: number[] } | undefined {
  if (s.allocBy === "periods") {
    if (Number.isNaN(closeBy.getTime())) return undefined;
    const { year, quarter } = quarterOf(closeBy);
    const dayAfterClose = new Date(closeBy.getTime() + 86_400_000);
    const periods = splitPeriod(quarterRange(year, quarter).start, dayAfterClose, s.periodUnit);
    return { names: periods.map((p) => p.label), weights: periods.map((p) => p.days) };
  }
  if (s.allocBy !== "column" || !table || s.allocColumn === undefined) return undefined;
  const valueCol = table.columns.find((c) => c.role === "value")?.index;
  const weights = new Map<string, number>();
  for (const row of table.rows) {
    const key = cellText(row[s.allocColumn]);
    if (!key) continue;
    const v = valueCol === undefined ? NaN : row[valueCol];
    const add =
      s.allocWeight === "value"
        ? typeof v === "number" && Number.isFinite(v) && v > 0
          ? v
          : 0
        : s.allocWeight === "customers"
          ? 1
          : 0;
    weights.set(key, (weights.get(key) ?? 0) + add);
  }
  const names = [...weights.keys()];
  if (names.length === 0) return undefined;
  return { names, weights: s.allocWeight === "equal" ? names.map(() => 1) : names.map((n) => weights.get(n)!) };
}

/**
 * Splits the deal target, or each stage target, across the parts with the engine's allocate (largest
 * remainder, Hamilton's method): every stage's parts are whole numbers that add up to its target.
 */
export function allocateTargets(
  s: AllocationSettings,
  targets: readonly StageTarget[],
  parts: { names: string[]; weights: number[] },
  lang: Lang,
): Allocation {
  const chosen = s.allocWhat === "stages" ? targets : targets.slice(-1);
  const columns = chosen.map((st) => allocate(st.target, parts.weights));
  return {
    names: parts.names,
    weights: parts.weights,
    stages: chosen.map((st) => ({ id: st.id, name: st.names[lang], total: st.target })),
    parts: parts.names.map((_, r) => columns.map((c) => c[r])),
  };
}
