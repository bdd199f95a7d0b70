import { valueShareTiers } from "../../../src/engine/tiering/value-share-tiers";
import { NO_TIER } from "../../../src/engine/tiering/types";
import { valuesByTier } from "./helpers";

const ELEVEN = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];

describe("valueShareTiers", () => {
  it("gives the Pareto split 80/15/5 of issue 2 on the eleven values", () => {
    // Hand calculation: total = 101. Sum strictly above each value / 101:
    // 25: 0, 22: .248, 17: .465, 15: .634, 6: 79/101 = .782 < .80 → A;
    // 5: 85/101 = .842, 3: 90/101 = .891 < .95 → B; 2: 96/101 = .950 ≮ .95, 1: .990 → C.
    const t = valueShareTiers(ELEVEN, [0.8, 0.15, 0.05]);
    expect(valuesByTier(ELEVEN, t, 3)).toEqual([
      [25, 22, 17, 15, 6],
      [5, 3, 3],
      [2, 2, 1],
    ]);
  });

  it("puts values of 0 or below in the last tier and leaves them out of the total", () => {
    // Positive total 10 (6 + 4), S(6) = 0, S(4) = 6/10 = .6.
    // 50/50: 6 → A; 4: .6 ≮ .5 → B; 0 and −3 → B (last).
    // 80/15/5: 6 → A; 4: .6 < .8 → A; 0 and −3 → C (last).
    const v = [6, 4, 0, -3];
    expect(Array.from(valueShareTiers(v, [0.5, 0.5]))).toEqual([0, 1, 1, 1]);
    expect(Array.from(valueShareTiers(v, [0.8, 0.15, 0.05]))).toEqual([0, 0, 2, 2]);
  });

  it("puts everything in the last tier when no value is positive", () => {
    expect(Array.from(valueShareTiers([0, -1, -5, NaN], [0.8, 0.15, 0.05]))).toEqual([2, 2, 2, NO_TIER]);
  });

  it("gives equal values the same tier", () => {
    // Total 40; 10 four times: S = 0 for each → all A, even though A "needs" only 80 %.
    expect(Array.from(valueShareTiers([10, 10, 10, 10], [0.8, 0.2]))).toEqual([0, 0, 0, 0]);
  });
});
