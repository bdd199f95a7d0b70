import {
  compareToTarget,
  dealTarget,
  latestStartDates,
  ladderTargets,
  type Ladder,
  type Lang,
  type StageStart,
  type StageTarget,
  type TargetComparison,
  type TierPlan,
} from "../../engine/ladder";
import type { Table } from "../../engine/table";
import { allocateTargets, allocationParts, type Allocation } from "./ladder-allocation";
import { parseStages } from "./ladder-rows";
import { parseTyped } from "./parse-list";
import type { Problem } from "./tier-draft";
import type { LadderDraft } from "./ladder-draft-types";
import { planTierLadders } from "./tier-ladders";

export type { LadderRow } from "./ladder-rows";
export type { LadderDraft } from "./ladder-draft-types";
export { initialLadderDraft } from "./initial-ladder-draft";

export interface LadderOutcome {
  readonly ladder?: Ladder;
  readonly deals?: number;
  /** The funnel to show and write: the single ladder's targets, or the tiers' combined funnel. */
  readonly targets?: StageTarget[];
  readonly starts?: StageStart[];
  readonly comparison?: TargetComparison;
  readonly tierPlan?: TierPlan;
  readonly allocation?: Allocation;
  /** Set for a revenue target: the split's deals are also shown as revenue. */
  readonly averageDealSize?: number;
  /** Per stage row: rate / duration / actual problems; "target", "avgDeal", tier fields ("share-A", "avgDeal-A", "rate-A-2"…). */
  readonly problems: Readonly<Record<string, Problem>>;
  readonly error?: unknown;
}

/**
 * From the Ladder form to the engine: validates each typed field, then backward targets (ladderTargets),
 * start dates, actual vs target with the bottleneck when every actual is given; with per-tier ladders
 * the tiers' own funnels and their combined funnel (planTiers); and the split of the deal target or
 * of every stage target across periods or a rep/region column (allocate, largest remainder).
 */
export function computeLadder(
  d: LadderDraft,
  lang: Lang,
  tierLabels: readonly string[] | undefined,
  table: Table | undefined,
): LadderOutcome {
  const problems: Record<string, Problem> = {};
  const stages = parseStages(d.rows, lang, problems);
  let deals: number | undefined;
  if (d.targetKind === "deals") {
    const n = parseTyped(d.deals);
    if (Number.isInteger(n) && n >= 0) deals = n;
    else problems.target = { key: "integerRequired", params: { min: 0 } };
  } else {
    const rev = parseTyped(d.revenue),
      avg = parseTyped(d.avgDeal);
    if (!(rev >= 0)) problems.target = { key: "numberRequired" };
    if (!(avg > 0)) problems.avgDeal = { key: "numberRequired" };
  }
  const actuals = d.rows.map((r) => parseTyped(r.actual));
  d.rows.forEach((r, i) => {
    if (r.actual.trim() !== "" && !(Number.isInteger(actuals[i]) && actuals[i] >= 0))
      problems[`actual-${i}`] = { key: "integerRequired", params: { min: 0 } };
  });
  if (Object.keys(problems).length > 0) return { problems };

  try {
    const ladder: Ladder = { stages };
    if (deals === undefined) deals = dealTarget(parseTyped(d.revenue), parseTyped(d.avgDeal));
    const closeBy = new Date(`${d.closeBy}T00:00:00Z`);
    const starts = Number.isNaN(closeBy.getTime()) ? undefined : latestStartDates(ladder, closeBy);
    const perTier = d.perTier && tierLabels && tierLabels.length > 0;
    let targets = ladderTargets(ladder, deals);
    let tierPlan: TierPlan | undefined;
    let comparison: TargetComparison | undefined;
    if (perTier) {
      const planned = planTierLadders(d, { stages, labels: tierLabels, lang }, problems);
      if (!planned) return { ladder, deals, targets, starts, problems };
      tierPlan = planned;
      deals = planned.totalDeals;
      targets = planned.combined.map((c) => ({ id: c.id, names: c.names, target: c.target }));
    } else if (d.rows.every((r) => r.actual.trim() !== "")) {
      comparison = compareToTarget(ladder, actuals, deals, lang);
    }
    const parts = allocationParts(d, closeBy, table);
    const allocation = parts ? allocateTargets(d, targets, parts, lang) : undefined;
    const averageDealSize = d.targetKind === "deals" ? undefined : parseTyped(d.avgDeal);
    return { ladder, deals, targets, starts, comparison, tierPlan, allocation, averageDealSize, problems };
  } catch (error) {
    return { problems, error };
  }
}
