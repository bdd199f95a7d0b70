import { planTiers, type Lang, type Stage, type TierPlan } from "../../engine/ladder";
import { parseTyped } from "./parse-list";
import type { LadderDraft } from "./ladder-draft-types";
import { parseStages } from "./ladder-rows";
import type { Problem } from "./tier-draft";

export type { TierLadderDraft } from "./ladder-draft-types";

/**
 * The tiers' ladders from the form (each tier's own stages or the main ones, its share and deal size)
 * combined by the engine's planTiers. Field problems go into `problems` ("share-A", "avgDeal-A",
 * "rate-A-1"…) and the result is undefined until they are fixed.
 */
export function planTierLadders(
  d: LadderDraft,
  main: { stages: Stage[]; labels: readonly string[]; lang: Lang },
  problems: Record<string, Problem>,
): TierPlan | undefined {
  const { stages: mainStages, labels, lang } = main;
  const tiers = labels.map((tier) => {
    const t = d.tiers[tier] ?? { share: "", avgDeal: "" };
    const share = parseTyped(t.share) / 100;
    if (!(share >= 0 && share <= 1)) problems[`share-${tier}`] = { key: "percentRange" };
    const avgText = t.avgDeal.trim() === "" ? d.avgDeal : t.avgDeal;
    const avg = parseTyped(avgText);
    if (d.targetKind === "revenue" && !(avg > 0)) problems[`avgDeal-${tier}`] = { key: "numberRequired" };
    const stages = t.rows ? parseStages(t.rows, lang, problems, `${tier}-`) : mainStages;
    return { tier, share, ladder: { stages }, ...(avg > 0 ? { averageDealSize: avg } : {}) };
  });
  if (Object.keys(problems).length > 0) return undefined;
  const target = d.targetKind === "deals" ? { deals: parseTyped(d.deals) } : { revenue: parseTyped(d.revenue) };
  return planTiers(tiers, target);
}
