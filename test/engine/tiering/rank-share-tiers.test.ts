import { InputError } from "../../../src/engine/errors";
import { rankShareTiers } from "../../../src/engine/tiering/rank-share-tiers";
import { NO_TIER } from "../../../src/engine/tiering/types";
import { valuesByTier } from "./helpers";

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe("rankShareTiers", () => {
  it("puts the top 20 % of 1..10 in A, the next 30 % in B and the rest in C (issue 2)", () => {
    // Hand calculation: n = 10, limits 0.2·10 = 2, 0.5·10 = 5, 10. p(10)=0, p(9)=1 < 2 → A;
    // p(8)=2 … p(6)=4 < 5 → B; p(5)=5 … → C.
    const v = range(1, 10);
    expect(valuesByTier(v, rankShareTiers(v, [0.2, 0.3, 0.5]), 3)).toEqual([
      [10, 9],
      [8, 7, 6],
      [5, 4, 3, 2, 1],
    ]);
  });

  it("uses p < round9(cumShare × n) on 1..7 so A gets 7 and 6, B 5 and 4 (issue 2)", () => {
    // Hand calculation: limits 0.2·7 = 1.4 and 0.5·7 = 3.5. p(7)=0, p(6)=1 < 1.4 → A;
    // p(5)=2, p(4)=3 < 3.5 → B; p(3)=4 → C.
    const v = range(1, 7);
    expect(valuesByTier(v, rankShareTiers(v, [0.2, 0.3, 0.5]), 3)).toEqual([
      [7, 6],
      [5, 4],
      [3, 2, 1],
    ]);
  });

  it("rounds the limit to 9 decimals so 0.1 + 0.2 of 10 customers is exactly 3", () => {
    // (0.1 + 0.2) · 10 = 3.0000000000000004 in binary floating point; p(8) = 2 < 3 → tier 1,
    // p(7) = 3 is not < 3 → tier 2. Without rounding 7 would slip into tier 1.
    const v = range(1, 10);
    const t = rankShareTiers(v, [0.1, 0.2, 0.7]);
    expect(valuesByTier(v, t, 3)).toEqual([[10], [9, 8], [7, 6, 5, 4, 3, 2, 1]]);
  });

  it("gives equal values the same tier even when the share would split them", () => {
    // n = 10, limits 2, 5, 10. 5 appears 4 times at the top: p(5) = 0 < 2 → all four in A;
    // p(4) = 4 < 5 → B; p(3) = 5 → C.
    const v = [5, 5, 5, 5, 4, 3, 2, 1, 0, -1];
    expect(valuesByTier(v, rankShareTiers(v, [0.2, 0.3, 0.5]), 3)).toEqual([[5, 5, 5, 5], [4], [3, 2, 1, 0, -1]]);
  });

  it("leaves rows that are not numbers without a tier and ranks only the valid ones", () => {
    // Valid values 1..5 (n = 5): limits 1 and 2.5 → A {5}, B {4, 3}, C {2, 1}.
    const t = rankShareTiers([5, NaN, 4, 3, NaN, 2, 1], [0.2, 0.3, 0.5]);
    expect(Array.from(t)).toEqual([0, NO_TIER, 1, 1, NO_TIER, 2, 2]);
  });

  it("supports any number of tiers, including empty middle tiers", () => {
    // n = 4, shares 1/4 each: limits 1, 2, 3, 4 → one value per tier.
    expect(Array.from(rankShareTiers([10, 20, 30, 40], [0.25, 0.25, 0.25, 0.25]))).toEqual([3, 2, 1, 0]);
    // n = 2 with 10/10/80: limits 0.2, 0.4, 2 → p(2)=0 → tier 0; p(1)=1 → tier 2; tier 1 stays empty.
    expect(Array.from(rankShareTiers([1, 2], [0.1, 0.1, 0.8]))).toEqual([2, 0]);
  });

  it("rejects shares that do not sum to 100 %", () => {
    expect(() => rankShareTiers([1, 2], [0.2, 0.3, 0.4])).toThrow(InputError);
    expect(() => rankShareTiers([1, 2], [0.2, 0.3, 0.4])).toThrow("expected shares summing to 100 %, found 90 %");
  });
});
