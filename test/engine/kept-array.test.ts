import { KeptArray } from "../../src/engine/kept-array";
import { rankShareTiers } from "../../src/engine/tiering/rank-share-tiers";
import { valueShareTiers } from "../../src/engine/tiering/value-share-tiers";
import { rankShareSpill, valueShareSpill } from "../../src/functions/spill-share-tiers";
import { valuesByTier } from "./tiering/helpers";

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
/** Longer than sortFloat64's native-sort cut-off (8,192), so the radix sort's kept scratch is used too. */
const LONG = 20_000;

describe("KeptArray", () => {
  it("hands back an array of the length asked for, over the same memory while it fits", () => {
    const kept = new KeptArray((n) => new Float64Array(n));
    const first = kept.take(4);
    first.set([1, 2, 3, 4]);
    const second = kept.take(3);
    expect(second.length).toBe(3);
    // Not zeroed: the kept memory still holds what the first user wrote.
    expect(Array.from(second)).toEqual([1, 2, 3]);
    expect(kept.take(5).length).toBe(5);
  });
});

describe("tiering with kept work memory", () => {
  it("tiers 1..10 by rank share as by hand after a longer column of other values", () => {
    rankShareTiers(new Array<number>(LONG).fill(1e9), [0.2, 0.3, 0.5]);
    // Hand calculation (as rank-share-tiers.test.ts): limits 2, 5, 10 → A {10, 9}, B {8, 7, 6}.
    const v = range(1, 10);
    expect(valuesByTier(v, rankShareTiers(v, [0.2, 0.3, 0.5]), 3)).toEqual([
      [10, 9],
      [8, 7, 6],
      [5, 4, 3, 2, 1],
    ]);
  });

  it("tiers by value share as by hand after a longer column, and keeps earlier results intact", () => {
    const v = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    const before = valueShareTiers(v, [0.8, 0.15, 0.05]);
    const copy = Array.from(before);
    valueShareTiers(range(1, LONG), [0.8, 0.15, 0.05]);
    // Results are new arrays: the second call did not write over the first one's tiers.
    expect(Array.from(before)).toEqual(copy);
    // Hand calculation in value-share-tiers.ts's doc comment: A {25,22,17,15,6}, B {5,3,3}, C {2,2,1}.
    expect(valuesByTier(v, valueShareTiers(v, [0.8, 0.15, 0.05]), 3)).toEqual([
      [25, 22, 17, 15, 6],
      [5, 3, 3],
      [2, 2, 1],
    ]);
  });

  it("leaves a blank cell of TIER.ABC and TIER.PARETO blank after a longer range of numbers was read", () => {
    const long = range(1, LONG).map((x) => [x]);
    rankShareSpill(long, null, null);
    valueShareSpill(long, null, null);
    // 1..4 and a blank: rank-share limits 0.8, 2, 4 → A {4}, B {3}, C {2, 1}; the blank gets "".
    const short = [[1], [2], [""], [3], [4]];
    expect(rankShareSpill(short, null, null)).toEqual([["C"], ["C"], [""], ["B"], ["A"]]);
    // Value share of 1..4 (total 10), cumulative 0.8 / 0.95: S(4) = 0, S(3) = 0.4, S(2) = 0.7 → A;
    // S(1) = 0.9 → B.
    expect(valueShareSpill(short, null, null)).toEqual([["B"], ["A"], [""], ["A"], ["A"]]);
  });
});
