import { round9 } from "../cells/round-product";
import { InputError } from "../errors";
import { allocate } from "./allocate";
import { checkCountTarget, showValue } from "./checks";
import { dealTarget } from "./deal-target";
import { ladderTargets, type StageTarget } from "./ladder-targets";
import type { Ladder, LocalizedText } from "./types";

/** One tier's own ladder: stages, rates, average deal size and share of the overall target. */
export interface TierLadder {
  readonly tier: string;
  readonly ladder: Ladder;
  /** Share of the target in [0, 1]; the shares of all tiers add up to 1. */
  readonly share: number;
  /** Needed when the target is revenue. */
  readonly averageDealSize?: number;
}

/** The overall target: deals to sign, or revenue (turned into deals per tier by its average deal size). */
export type PlanTarget = { readonly deals: number } | { readonly revenue: number };

export interface TierFunnel {
  readonly tier: string;
  readonly share: number;
  /** The tier's part of the revenue target (revenue targets only). */
  readonly revenue?: number;
  readonly deals: number;
  readonly stages: StageTarget[];
}

export interface CombinedStage {
  readonly id: string;
  readonly names: LocalizedText;
  /** Sum over the tiers whose ladder has this stage. */
  readonly target: number;
  readonly byTier: Readonly<Record<string, number>>;
}

export interface TierPlan {
  readonly tiers: TierFunnel[];
  readonly combined: CombinedStage[];
  readonly totalDeals: number;
}

/**
 * Combines per-tier ladders into one plan. A deal target is split across tiers by their shares with
 * {@link allocate} (largest remainder, so the tiers' deals sum to the target); a revenue target is split
 * by share (rounded to 9 decimals) and each tier's part becomes deals via {@link dealTarget} with its
 * own average deal size (rounding up per tier, so total deals may exceed revenue / any single size).
 * Each tier keeps its own funnel; the combined funnel adds targets by stage id, stages ordered as they
 * first appear (a stage only some tiers have goes after its predecessor in that tier's ladder).
 */
export function planTiers(tiers: readonly TierLadder[], target: PlanTarget): TierPlan {
  if (tiers.length === 0) {
    throw new InputError("tierLaddersEmpty", {}, "Give at least one tier ladder to plan.");
  }
  const labels = new Set<string>();
  let shareSum = 0;
  for (const t of tiers) {
    if (labels.has(t.tier)) {
      throw new InputError(
        "tierLadderRepeated",
        { tier: t.tier },
        `Tier "${t.tier}" has more than one ladder; give one per tier.`,
      );
    }
    labels.add(t.tier);
    if (typeof t.share !== "number" || !Number.isFinite(t.share) || t.share < 0 || t.share > 1) {
      throw new InputError(
        "tierShareInvalid",
        { tier: t.tier, found: showValue(t.share) },
        `The share of tier "${t.tier}" must be between 0 and 1 (0–100 %); found ${showValue(t.share)}.`,
      );
    }
    shareSum += t.share;
  }
  if (round9(shareSum) !== 1) {
    throw new InputError(
      "tierSharesSum",
      { found: round9(shareSum * 100) },
      `The tiers' shares of the target must add up to 100 %; they add up to ${round9(shareSum * 100)} %.`,
    );
  }
  let deals: number[];
  let revenues: number[] | undefined;
  if ("deals" in target) {
    checkCountTarget(target.deals, "deal target");
    deals = allocate(
      target.deals,
      tiers.map((t) => t.share),
    );
  } else {
    revenues = tiers.map((t) => round9(target.revenue * t.share));
    deals = tiers.map((t, i) => {
      if (t.averageDealSize === undefined) {
        throw new InputError(
          "averageDealMissing",
          { tier: t.tier },
          `Tier "${t.tier}" needs an average deal size to turn its revenue target into deals.`,
        );
      }
      return dealTarget(revenues![i], t.averageDealSize);
    });
  }
  const funnels = tiers.map((t, i): TierFunnel => ({
    tier: t.tier,
    share: t.share,
    deals: deals[i],
    stages: ladderTargets(t.ladder, deals[i]),
    ...(revenues ? { revenue: revenues[i] } : {}),
  }));
  return { tiers: funnels, combined: combine(funnels), totalDeals: deals.reduce((a, b) => a + b, 0) };
}

function combine(funnels: readonly TierFunnel[]): CombinedStage[] {
  const order: string[] = [];
  const names = new Map<string, LocalizedText>();
  const byTier = new Map<string, Record<string, number>>();
  for (const f of funnels) {
    let after = -1; // position in `order` of this tier's previous stage
    for (const s of f.stages) {
      let at = order.indexOf(s.id);
      if (at < 0) {
        at = after + 1;
        order.splice(at, 0, s.id);
        names.set(s.id, s.names);
        byTier.set(s.id, {});
      }
      after = Math.max(after, at);
      byTier.get(s.id)![f.tier] = s.target;
    }
  }
  return order.map((id) => {
    const parts = byTier.get(id)!;
    return { id, names: names.get(id)!, target: Object.values(parts).reduce((a, b) => a + b, 0), byTier: parts };
  });
}
