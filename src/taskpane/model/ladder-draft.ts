import {
  allocate, compareToTarget, dealTarget, defaultLadder, latestStartDates, ladderTargets, planTiers,
  type Ladder, type Lang, type LocalizedText, type StageStart, type StageTarget, type TargetComparison, type TierPlan,
} from "../../engine/ladder";
import type { CellValue } from "../../engine/cells/cell-value";
import type { Table } from "../../engine/table";
import { parseTyped } from "./parse-list";
import type { Problem } from "./tier-draft";

export interface LadderRow {
  readonly id: string;
  readonly names: LocalizedText;
  /** Percent as typed ("50"); ignored on the last stage. */
  readonly rate: string;
  readonly duration: string;
  /** Optional actual count as typed. */
  readonly actual: string;
}

export interface LadderDraft {
  readonly rows: readonly LadderRow[];
  readonly targetKind: "deals" | "revenue";
  readonly deals: string;
  readonly revenue: string;
  readonly avgDeal: string;
  /** yyyy-mm-dd */
  readonly closeBy: string;
  readonly perTier: boolean;
  readonly tierShares: Readonly<Record<string, string>>;
  readonly allocBy: "none" | "periods" | "column";
  readonly periods: string;
  readonly allocColumn?: number;
}

export function initialLadderDraft(today = new Date()): LadderDraft {
  const ladder = defaultLadder();
  const close = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 0));
  return {
    rows: ladder.stages.map((s) => ({
      id: s.id, names: s.names, rate: s.rate === undefined ? "" : String(Math.round(s.rate * 1e6) / 1e4),
      duration: String(s.durationDays), actual: "",
    })),
    targetKind: "deals", deals: "3", revenue: "", avgDeal: "", closeBy: close.toISOString().slice(0, 10),
    perTier: false, tierShares: {}, allocBy: "none", periods: "3",
  };
}

export interface LadderOutcome {
  readonly ladder?: Ladder;
  readonly deals?: number;
  readonly targets?: StageTarget[];
  readonly starts?: StageStart[];
  readonly comparison?: TargetComparison;
  readonly tierPlan?: TierPlan;
  readonly allocation?: { readonly name: string; readonly deals: number }[];
  /** Per stage row: rate / duration / actual problems; "target", "avgDeal", "tierShares", "periods". */
  readonly problems: Readonly<Record<string, Problem>>;
  readonly error?: unknown;
}

const cellText = (v: CellValue) => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/**
 * From the Ladder form to the engine: validates each typed field, then backward targets (ladderTargets),
 * start dates, actual vs target with the bottleneck when every actual is given, per-tier funnels
 * (planTiers, every tier on the same stages with its own share) and the split of the deal target
 * (allocate: by periods, or by the rows per value of a rep/region column).
 */
export function computeLadder(d: LadderDraft, lang: Lang, tierLabels: readonly string[] | undefined, table: Table | undefined): LadderOutcome {
  const problems: Record<string, Problem> = {};
  const last = d.rows.length - 1;
  const stages = d.rows.map((r, i) => {
    const rate = parseTyped(r.rate) / 100;
    if (i < last && !(rate > 0 && rate <= 1)) problems[`rate-${i}`] = { key: "rateRange", params: { stage: r.names[lang] } };
    const days = parseTyped(r.duration);
    if (!(Number.isInteger(days) && days >= 0)) problems[`duration-${i}`] = { key: "integerRequired", params: { min: 0 } };
    return { id: r.id, names: r.names, durationDays: days, ...(i < last ? { rate } : {}) };
  });
  let deals: number | undefined;
  if (d.targetKind === "deals") {
    const n = parseTyped(d.deals);
    if (Number.isInteger(n) && n >= 0) deals = n; else problems.target = { key: "integerRequired", params: { min: 0 } };
  } else {
    const rev = parseTyped(d.revenue), avg = parseTyped(d.avgDeal);
    if (!(rev >= 0)) problems.target = { key: "numberRequired" };
    if (!(avg > 0)) problems.avgDeal = { key: "numberRequired" };
  }
  const actuals = d.rows.map((r) => parseTyped(r.actual));
  d.rows.forEach((r, i) => {
    if (r.actual.trim() !== "" && !(Number.isInteger(actuals[i]) && actuals[i] >= 0)) problems[`actual-${i}`] = { key: "integerRequired", params: { min: 0 } };
  });
  if (Object.keys(problems).length > 0) return { problems };

  try {
    const ladder: Ladder = { stages };
    if (deals === undefined) deals = dealTarget(parseTyped(d.revenue), parseTyped(d.avgDeal));
    const targets = ladderTargets(ladder, deals);
    const closeBy = new Date(`${d.closeBy}T00:00:00Z`);
    const starts = Number.isNaN(closeBy.getTime()) ? undefined : latestStartDates(ladder, closeBy);
    const comparison = d.rows.every((r) => r.actual.trim() !== "") ? compareToTarget(ladder, actuals, deals, lang) : undefined;
    let tierPlan: TierPlan | undefined;
    if (d.perTier && tierLabels && tierLabels.length > 0) {
      const shares = tierLabels.map((l) => parseTyped(d.tierShares[l] ?? "") / 100);
      if (shares.some((s) => !(s >= 0 && s <= 1))) return { ladder, deals, targets, starts, comparison, problems: { tierShares: { key: "numberRequired" } } };
      const target = d.targetKind === "deals" ? { deals } : { revenue: parseTyped(d.revenue) };
      tierPlan = planTiers(tierLabels.map((tier, i) => ({ tier, ladder, share: shares[i], averageDealSize: parseTyped(d.avgDeal) })), target);
    }
    let allocation: { name: string; deals: number }[] | undefined;
    if (d.allocBy === "periods") {
      const k = parseTyped(d.periods);
      if (!(Number.isInteger(k) && k >= 1)) return { ladder, deals, targets, starts, comparison, tierPlan, problems: { periods: { key: "integerRequired", params: { min: 1 } } } };
      allocation = allocate(deals, Array(k).fill(1)).map((n, i) => ({ name: String(i + 1), deals: n }));
    } else if (d.allocBy === "column" && table && d.allocColumn !== undefined) {
      // Weight of a rep or region = how many customers it has in the list.
      const counts = new Map<string, number>();
      for (const row of table.rows) {
        const key = cellText(row[d.allocColumn]);
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const names = [...counts.keys()];
      if (names.length > 0) allocation = allocate(deals, names.map((n) => counts.get(n)!)).map((n, i) => ({ name: names[i], deals: n }));
    }
    return { ladder, deals, targets, starts, comparison, tierPlan, allocation, problems };
  } catch (error) {
    return { problems, error };
  }
}
