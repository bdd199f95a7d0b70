/**
 * The Tiers form's starting values are written out in initial-tier-draft.ts (so the store's first render
 * needs no engine); they must stay what the methods' registry gives for a fresh 3-tier rank-share form.
 */
import { DEFAULT_BEHAVIOUR_RULE, defaultLabels } from "../../../src/engine/tiering";
import { initialDraft } from "../../../src/taskpane/model/initial-tier-draft";
import { defaultShares, withTierCount } from "../../../src/taskpane/model/tier-draft";

describe("the Tiers form's first values", () => {
  it("are rank-share with DESIGN.md's 20/30/50 shares of customers over A, B, C", () => {
    const d = initialDraft();
    expect(d.method).toBe("rank-share");
    expect(d.shares).toBe("20, 30, 50"); // DESIGN.md: rank-share defaults to 20/30/50
    expect(d.shares).toBe(defaultShares("rank-share", 3));
    expect(d.labels).toBe(defaultLabels(3).join(", "));
  });

  it("match what choosing 3 tiers on rank-share gives (labels, shares, default tier)", () => {
    const d = initialDraft();
    expect(withTierCount(d, 3)).toEqual(d);
  });

  it("take the behaviour method's recent window and frequency from the engine's default rule", () => {
    const d = initialDraft();
    expect([d.recentDays, d.frequentFrom]).toEqual([
      String(DEFAULT_BEHAVIOUR_RULE.days),
      String(DEFAULT_BEHAVIOUR_RULE.frequentFrom),
    ]);
  });
});
