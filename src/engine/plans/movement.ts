import { HEADER_FILL, planStrings } from "./strings";
import type { PlanLang, PlanValue, WorkbookPlan } from "./types";

/** The tiers of one run, kept in the workbook (setting "lastRun") to report movement next time. */
export interface TierSnapshot {
  /** ISO time of the run. */
  readonly takenAt: string;
  /** Customer key → tier label. */
  readonly tiers: Readonly<Record<string, string>>;
}

export interface TierMovement {
  /** Customers whose tier changed, grouped by (from, to), largest group first. */
  readonly moves: { readonly from: string; readonly to: string; readonly customers: number }[];
  readonly unchanged: number;
  /** In the current run only. */
  readonly added: number;
  /** In the previous run only. */
  readonly removed: number;
}

/** Compares two snapshots customer by customer. */
export function tierMovement(previous: TierSnapshot, current: TierSnapshot): TierMovement {
  const counts = new Map<string, { from: string; to: string; customers: number }>();
  let unchanged = 0, added = 0, removed = 0;
  for (const [customer, to] of Object.entries(current.tiers)) {
    const from = previous.tiers[customer];
    if (from === undefined) added++;
    else if (from === to) unchanged++;
    else {
      const key = `${from}\u0000${to}`;
      const entry = counts.get(key) ?? { from, to, customers: 0 };
      entry.customers++;
      counts.set(key, entry);
    }
  }
  for (const customer of Object.keys(previous.tiers)) if (!(customer in current.tiers)) removed++;
  const moves = [...counts.values()].sort((a, b) => b.customers - a.customers || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { moves, unchanged, added, removed };
}

/** One line per move: "12 customers A → B" (zh-CN: "12 位客户 A → B"). */
export function movementLines(movement: TierMovement, lang: PlanLang): string[] {
  const s = planStrings(lang);
  return movement.moves.map((m) => s.moveLine(m.customers, m.from, m.to));
}

/**
 * Tier movement since the last run as a sheet (From, To, Customers), and the current snapshot saved as
 * the setting "lastRun" for the next comparison. Without a previous snapshot only the snapshot is saved.
 */
export function movementPlan(previous: TierSnapshot | undefined, current: TierSnapshot, lang: PlanLang): WorkbookPlan {
  const s = planStrings(lang);
  const settings = [{ key: "lastRun", value: current }];
  if (!previous) return { lang, sheets: [], columns: [], settings };
  const m = tierMovement(previous, current);
  const rows: PlanValue[][] = m.moves.map((x) => [x.from, x.to, x.customers]);
  if (m.added) rows.push([s.newCustomer, "", m.added]);
  if (m.removed) rows.push(["", s.goneCustomer, m.removed]);
  return {
    lang, columns: [], settings,
    sheets: [{
      key: "movement", name: s.movementSheet,
      blocks: [{ row: 0, column: 0, headerRows: 1, headerFill: HEADER_FILL, what: s.movementWhat, values: [[s.from, s.to, s.customers], ...rows], columnFormats: [undefined, undefined, "#,##0"] }],
      tables: [], validations: [], conditionalFills: [], charts: [], autofit: true, freezeRows: 1,
    }],
  };
}
