import { DEFAULT_BEHAVIOUR_RULE } from "../../engine/tiering";
import type { TierDraft } from "./tier-draft";

/**
 * The Tiers form before the user touches it: rank-share, 3 tiers A/B/C at 20/30/50 % of customers
 * (DESIGN.md; what defaultShares("rank-share", 3) gives, test/taskpane/model/initial-tier-draft.test.ts).
 * Written out rather than asked of the methods' registry, so the store's first render needs none of the
 * tiering engine (and zod): those load after the pane's first paint (store/store-engine-loader.ts).
 */
export function initialDraft(): TierDraft {
  return {
    method: "rank-share",
    tierCount: 3,
    labels: "A, B, C",
    shares: "20, 30, 50",
    bounds: "",
    factors: [],
    scoreThen: "rank-share",
    rfmTierBy: "segment",
    rfmModel: "rfm10",
    rules: [],
    defaultTier: 2,
    windows: "90, 180, 365",
    recentDays: String(DEFAULT_BEHAVIOUR_RULE.days),
    frequentFrom: String(DEFAULT_BEHAVIOUR_RULE.frequentFrom),
  };
}
