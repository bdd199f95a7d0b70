/** @jest-environment jsdom */
import fc from "fast-check";
import { abc, breaks, computed, pareto, tierOf } from "../../src/functions/cell-functions";
import { tierOfCache, tierOfCell } from "../../src/functions/tier-of";
import { column, thrown } from "./thrown";
import { errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

const EXAMPLE = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];

/** Copies TIER.OF down next to the data, as Excel does: every cell gets a fresh copy of the range. */
function copiedDown(values: number[], method?: string): string[][] {
  return values.map((v) => [tierOf(v, column(values), method)]);
}

describe("TIER.OF", () => {
  beforeEach(() => tierOfCache.clear());

  it("gives each value the tier the spilled function gives it, for every method", () => {
    expect(copiedDown(EXAMPLE)).toEqual(abc(column(EXAMPLE)));
    expect(copiedDown(EXAMPLE, "pareto")).toEqual(pareto(column(EXAMPLE)));
    // DESIGN.md (R ABCanalysis): A {25, 22, 17}, B {15, 6}, C the rest.
    expect(copiedDown(EXAMPLE, "computed")).toEqual(column(["C", "B", "A", "A", "C", "C", "C", "B", "C", "C", "A"]));
    expect(copiedDown(EXAMPLE, "Breaks")).toEqual(breaks(column(EXAMPLE)));
  });

  it("agrees with the spilled tiers on any data", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 3, maxLength: 40 }), (xs) => {
        expect(copiedDown(xs)).toEqual(abc(column(xs)));
        expect(copiedDown(xs, "pareto")).toEqual(pareto(column(xs)));
        if (xs.some((x) => x > 0)) expect(copiedDown(xs, "computed")).toEqual(computed(column(xs)));
        if (new Set(xs).size >= 3) expect(copiedDown(xs, "breaks")).toEqual(breaks(column(xs)));
      }),
      { numRuns: 60 },
    );
  });

  it("places a value that is not in the list by the same rule", () => {
    // Hand, rank-share on 1..10 (limits 2 and 5): 9.5 has one value above it → A; 0 has ten → C.
    const values = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tierOf(9.5, values)).toBe("A");
    expect(tierOf(0, values)).toBe("C");
    expect(tierOf("7", values, "abc", [["Gold", "Silver", "Bronze"]])).toBe("Silver");
  });

  it("returns an empty result when the value is not a number", () => {
    const values = column([1, 2, 3]);
    for (const v of [null, "", "abc", true, errorCell("#N/A")]) expect(tierOf(v, values)).toBe("");
  });

  it("sorts once for a whole copied-down column, not once per cell", () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    copiedDown(values);
    expect(tierOfCache.misses).toBe(1);
    expect(tierOfCache.hits).toBe(199);
  });

  it("never answers from stale values after the data change", () => {
    const before = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tierOf(8, before)).toBe("B");
    // One cell edited: 8 is now the largest value, so it is A (and the old entry must not be used).
    const after = column([1, 2, 3, 4, 5, 6, 7, 8, 1, 1]);
    expect(tierOf(8, after)).toBe("A");
    expect(tierOf(8, before)).toBe("B");
    expect(tierOfCache.misses).toBe(2);
  });

  it("keeps the cached values intact when a repeat is followed by other values of the same length", () => {
    // 1..10 then the same list (a repeat, answered from the cache's own copy), then another list of
    // the same length (read into the scratch array), then 1..10 again. Hand calculation, rank-share
    // 20/30/50 of 10: 9 has one value above it (p = 1 < 2) → A; in [10, 9, 9, …, 9] p = 1 for every 9 → A;
    // in the reversed-order list [10..1] 9 is again A, and 5 has five above (5 ≥ 5) → C.
    const first = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tierOf(5, first)).toBe("C");
    expect(tierOf(9, column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe("A");
    expect(tierOf(9, column([10, 9, 9, 9, 9, 9, 9, 9, 9, 9]))).toBe("A");
    expect(tierOf(5, column([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))).toBe("C");
    expect(tierOf(8, column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe("B");
    expect(tierOf(2, column([10, 9, 9, 9, 9, 9, 9, 9, 9, 2]))).toBe("C");
  });

  it("gives the same answers with and without the cache", () => {
    const values = column(EXAMPLE);
    for (const method of ["abc", "pareto", "computed", "breaks"]) {
      for (const v of EXAMPLE)
        expect(tierOfCell(v, values, method, null)).toBe(tierOfCell(v, values, method, null, null));
    }
  });

  it("names the argument when the method is unknown or the labels are not three", () => {
    expect(thrown(() => tierOf(1, column([1, 2, 3]), "median"))).toMatchObject({
      code: "#VALUE!",
      message: 'method: "median" is not one of "abc", "pareto", "computed", "breaks".',
    });
    expect(thrown(() => tierOf(1, column([1, 2, 3]), "abc", [["A", "B"]]))).toMatchObject({
      code: "#VALUE!",
      message: "labels: 2 labels given for 3 tiers.",
    });
    expect(thrown(() => tierOf(1, column([1, 1, 2]), "breaks"))).toMatchObject({
      code: "#VALUE!",
      message: "values: natural breaks makes 3 tiers, but the values hold only 2 distinct numbers.",
    });
  });
});
