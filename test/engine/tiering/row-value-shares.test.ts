import fc from "fast-check";
import { rowValueShares } from "../../../src/engine/tiering/row-value-shares";
import { shareAbove } from "../../../src/engine/tiering/share-above";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../../src/engine/scheme";
import { makeTable } from "./table-helper";

/**
 * The value shares by their definitions (DESIGN.md "explanations"), within a row's group: the positive values
 * of the group's other rows summed from the largest down, over values strictly greater (Pareto S) or greater
 * or equal (cumulative; 1 for a value ≤ 0); NaN for a row without a number, in no group, or in a group
 * without positive value.
 */
function naiveShares(value: readonly number[], of: readonly number[], r: number) {
  const v = value[r];
  const peers = value.filter((x, i) => of[i] === of[r] && Number.isFinite(x)).sort((a, b) => b - a);
  const sum = (keep: (x: number) => boolean) => peers.filter(keep).reduce((s, x) => s + (x > 0 ? x : 0), 0);
  const total = sum(() => true);
  if (of[r] < 0 || !Number.isFinite(v) || !(total > 0)) return { above: NaN, cumulative: NaN };
  return { above: sum((x) => x > v) / total, cumulative: v > 0 ? sum((x) => x >= v) / total : 1 };
}

describe("rowValueShares", () => {
  it("gives each row the value shares of its own group, by the definitions", () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 40 }),
      fc.constant(NaN),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, fc.integer({ min: -1, max: 3 })), { maxLength: 60 }), (rows) => {
        const value = Float64Array.from(rows, ([v, g]) => (g < 0 ? NaN : v)); // a left-out row has no value
        const of = Int32Array.from(rows, ([, g]) => g);
        const shares = rowValueShares({ value, groups: { names: ["a", "b", "c", "d"], of } });
        rows.forEach((_, r) => {
          const want = naiveShares(Array.from(value), Array.from(of), r);
          expect([shares.above[r], shares.cumulative[r]]).toEqual([want.above, want.cumulative]);
        });
      }),
    );
  });

  it("works the shares out once per result, when first asked", () => {
    const { result } = tierTable(
      makeTable(
        [
          ["Customer", "customer"],
          ["Sales", "value"],
        ],
        [
          ["a", 10],
          ["b", 30],
          ["c", 60],
        ],
      ),
      defaultScheme(),
    );
    const first = rowValueShares(result);
    expect(rowValueShares(result)).toBe(first);
    // (60) / 100 above b; (60 + 30) / 100 at or above b: by hand.
    expect([first.above[1], first.cumulative[1]]).toEqual([0.6, 0.9]);
    expect(shareAbove(result, 1)).toBe(1 / 3);
  });
});
