import { groupedTiers } from "../../../src/engine/tiering/grouped-tiers";
import { rankShareTiers } from "../../../src/engine/tiering/rank-share-tiers";

describe("groupedTiers", () => {
  it("tiers each group on its own", () => {
    // East holds 1..5, West holds 100..104. Rank-share 20/30/50 inside each group (n = 5, limits 1 and 2.5):
    // top value → A, next two → B, last two → C, in both groups, although every West value beats every East one.
    const keys = ["East", "West", "East", "West", "East", "West", "East", "West", "East", "West"];
    const values = [1, 100, 2, 101, 3, 102, 4, 103, 5, 104];
    const t = groupedTiers(keys, values, (v) => rankShareTiers(v, [0.2, 0.3, 0.5]));
    expect(Array.from(t)).toEqual([2, 2, 2, 2, 1, 1, 1, 1, 0, 0]);
  });

  it("rejects keys that do not match the values row for row", () => {
    expect(() => groupedTiers(["a"], [1, 2], (v) => rankShareTiers(v, [0.5, 0.5]))).toThrow("expected one group key per row (2), found 1");
  });
});
