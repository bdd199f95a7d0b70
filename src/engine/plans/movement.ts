import { LAST_RUN_SETTING } from "./last-run-setting";
import { encodeSnapshot } from "./snapshot-codec";
import { HEADER_FILL, planStrings } from "./strings";
import type { PlanLang, PlanValue, WorkbookPlan } from "./types";
import type { TierSnapshot } from "./tier-snapshot";

/**
 * A snapshot from one run's customers and tier indexes (src/engine/tiering: TierIndexes, -1 = no tier,
 * left out). A customer listed twice keeps the tier of its last row.
 */
export function snapshotOf(
  customers: readonly string[],
  tiers: ArrayLike<number>,
  labels: readonly string[],
  takenAt: string,
): TierSnapshot {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < customers.length; i++) {
    const t = tiers[i];
    if (t >= 0 && t < labels.length) out[customers[i]] = labels[t];
  }
  return { takenAt, tiers: out };
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
  let unchanged = 0,
    added = 0,
    removed = 0;
  for (const [customer, to] of Object.entries(current.tiers)) {
    // Own keys only: a customer called "constructor" must not find Object.prototype's.
    const from = Object.hasOwn(previous.tiers, customer) ? previous.tiers[customer] : undefined;
    if (from === undefined) added++;
    else if (from === to) unchanged++;
    else {
      const key = `${from}\u0000${to}`;
      const entry = counts.get(key) ?? { from, to, customers: 0 };
      entry.customers++;
      counts.set(key, entry);
    }
  }
  for (const customer of Object.keys(previous.tiers)) if (!Object.hasOwn(current.tiers, customer)) removed++;
  const moves = [...counts.values()].sort(
    (a, b) => b.customers - a.customers || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  return { moves, unchanged, added, removed };
}

/** One line per move: "12 customers A → B" (zh-CN: "12 位客户 A → B"). */
export function movementLines(movement: TierMovement, lang: PlanLang): string[] {
  const s = planStrings(lang);
  return movement.moves.map((m) => s.moveLine(m.customers, m.from, m.to));
}

/** What the who-moved list shows beside each customer: this run's value and sales rep. */
export type CustomerDetails = ReadonlyMap<string, { readonly value?: number; readonly rep?: string }>;

/**
 * Each customer whose tier changed, as rows Customer, From, To, Value (and Rep when any customer has one):
 * grouped as the counts (largest move first), within a move by value, highest first, then by name.
 */
export function whoMoved(
  previous: TierSnapshot,
  current: TierSnapshot,
  details?: CustomerDetails,
): { withRep: boolean; rows: PlanValue[][] } {
  const order = new Map(tierMovement(previous, current).moves.map((m, i) => [`${m.from}\u0000${m.to}`, i]));
  const moved: {
    customer: string;
    from: string;
    to: string;
    value: number | null;
    rep: string | null;
    group: number;
  }[] = [];
  for (const [customer, to] of Object.entries(current.tiers)) {
    const from = Object.hasOwn(previous.tiers, customer) ? previous.tiers[customer] : undefined;
    if (from === undefined || from === to) continue;
    const d = details?.get(customer);
    const value = d?.value !== undefined && Number.isFinite(d.value) ? d.value : null;
    moved.push({ customer, from, to, value, rep: d?.rep || null, group: order.get(`${from}\u0000${to}`)! });
  }
  moved.sort(
    (a, b) =>
      a.group - b.group ||
      (b.value ?? -Infinity) - (a.value ?? -Infinity) ||
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0),
  );
  const withRep = moved.some((m) => m.rep !== null);
  return {
    withRep,
    rows: moved.map((m) =>
      withRep ? [m.customer, m.from, m.to, m.value, m.rep] : [m.customer, m.from, m.to, m.value],
    ),
  };
}

/** Column (0-based) where the who-moved list starts on the movement sheet, one blank column right of the counts. */
export const WHO_MOVED_COLUMN = 4;

/**
 * Tier movement since the last run as a sheet — the counts (From, To, Customers) and, right of them, who
 * moved (Customer, From, To, Value, Rep; see whoMoved) — and the current snapshot saved as the setting
 * "lastRun" for the next comparison, in the compact form of encodeSnapshot (read it back with
 * decodeSnapshot). Without a previous snapshot only the snapshot is saved.
 */
export function movementPlan(
  previous: TierSnapshot | undefined,
  current: TierSnapshot,
  lang: PlanLang,
  details?: CustomerDetails,
): WorkbookPlan {
  const s = planStrings(lang);
  const settings = [{ key: LAST_RUN_SETTING, value: encodeSnapshot(current) }];
  if (!previous) return { lang, sheets: [], columns: [], settings };
  const m = tierMovement(previous, current);
  const rows: PlanValue[][] = m.moves.map((x) => [x.from, x.to, x.customers]);
  if (m.added) rows.push([s.newCustomer, "", m.added]);
  if (m.removed) rows.push(["", s.goneCustomer, m.removed]);
  const who = whoMoved(previous, current, details);
  const whoHeaders = who.withRep ? [s.customer, s.from, s.to, s.value, s.rep] : [s.customer, s.from, s.to, s.value];
  return {
    lang,
    columns: [],
    settings,
    sheets: [
      {
        key: "movement",
        name: s.movementSheet,
        blocks: [
          {
            row: 0,
            column: 0,
            headerRows: 1,
            headerFill: HEADER_FILL,
            what: s.movementWhat,
            values: [[s.from, s.to, s.customers], ...rows],
            columnFormats: [undefined, undefined, "#,##0"],
          },
          ...(who.rows.length
            ? [
                {
                  row: 0,
                  column: WHO_MOVED_COLUMN,
                  headerRows: 1,
                  headerFill: HEADER_FILL,
                  what: s.whoMovedWhat,
                  values: [whoHeaders, ...who.rows],
                  columnFormats: [undefined, undefined, undefined, "#,##0.00", undefined],
                },
              ]
            : []),
        ],
        tables: [],
        validations: [],
        conditionalFills: [],
        charts: [],
        autofit: true,
        freezeRows: 1,
      },
    ],
  };
}
