/** @jest-environment jsdom */
import fc from "fast-check";
import { rankShareTiers } from "../../src/engine/tiering/rank-share-tiers";
import { valueShareTiers } from "../../src/engine/tiering/value-share-tiers";
import { abc, breaks, computed, pareto, threshold } from "../../src/functions/cell-functions";
import { column, thrown } from "./thrown";
import { errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

// DESIGN.md / issue 2 example, from the R package ABCanalysis 1.2.1 and checked by hand below.
const EXAMPLE = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];

describe("TIER.ABC", () => {
  it("puts the top 20 % of customers in A, the next 30 % in B and the rest in C by default", () => {
    // Hand calculation, n = 10: limits 0.2·10 = 2, 0.5·10 = 5. p = values strictly above:
    // 10 → 0, 9 → 1 (A); 8 → 2, 7 → 3, 6 → 4 (B); 5 → 5 … 1 → 9 (C).
    expect(abc(column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toEqual(
      column(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]),
    );
  });

  it("spills a row for a row and a column for a column", () => {
    expect(abc([[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]])).toEqual([["A", "A", "B", "B", "B", "C", "C", "C", "C", "C"]]);
  });

  it("gives equal values the same tier", () => {
    // Hand: n = 5, A limit 0.2·5 = 1: both 9s have p = 0 < 1, so both are A although A is "1 customer".
    expect(abc(column([9, 9, 5, 3, 1]))).toEqual(column(["A", "A", "B", "C", "C"]));
  });

  it("takes shares as percents or fractions, and labels of your own", () => {
    const values = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Hand: 50/50 → limit 5: the top five (6..10) are Top.
    const expected = column(["Rest", "Rest", "Rest", "Rest", "Rest", "Top", "Top", "Top", "Top", "Top"]);
    expect(abc(values, [[50], [50]], [["Top", "Rest"]])).toEqual(expected);
    expect(abc(values, [[0.5, 0.5]], [["Top"], ["Rest"]])).toEqual(expected);
  });

  it("leaves blanks, text, booleans and errors without a tier and tiers the numbers among them", () => {
    // The five numbers 5, 4, 3, 2, 1 (numeric text counts): A limit 1, B limit 2.5 → 5 A; 4, 3 B; rest C.
    const got = abc([[5], [null], [""], ["n/a"], [true], [errorCell("#N/A")], ["#DIV/0!"], ["4"], [3], [2], [1]]);
    expect(got).toEqual(column(["A", "", "", "", "", "", "", "B", "B", "C", "C"]));
  });

  it("treats missing optional arguments (null, undefined, an empty argument) as the defaults", () => {
    const values = column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const expected = abc(values);
    expect(abc(values, null as never, null as never)).toEqual(expected);
    expect(abc(values, "" as never, undefined)).toEqual(expected);
    expect(abc(values, [[""]], [[null]])).toEqual(expected);
  });

  it("agrees with the engine's rank-share tiers on any data", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const engine = Array.from(rankShareTiers(Float64Array.from(xs), [0.2, 0.3, 0.5]), (t) => "ABC"[t]);
        expect(abc(column(xs))).toEqual(column(engine));
      }),
    );
  });

  it("names the argument when shares do not sum to 100 %, labels do not match, or no number is given", () => {
    const values = column([1, 2, 3]);
    expect(thrown(() => abc(values, [[20], [30], [40]]))).toMatchObject({
      code: "#VALUE!",
      message: "shares: shares must sum to 1 (fractions) or 100 (percents); they sum to 90.",
    });
    expect(thrown(() => abc(values, undefined, [["Gold", "Silver"]]))).toMatchObject({
      code: "#VALUE!",
      message: "labels: 2 labels given for 3 tiers.",
    });
    expect(thrown(() => abc(column(["x", null])))).toMatchObject({
      code: "#VALUE!",
      message: "values: no numbers found in 2 cells.",
    });
    expect(
      thrown(() =>
        abc([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toMatchObject({ code: "#VALUE!", message: "values: expected one row or one column, found 2 rows × 2 columns." });
  });
});

describe("TIER.PARETO", () => {
  it("makes A the smallest set of top customers reaching 80 % of the value, B the next 15 %, C the rest", () => {
    // Hand: total 101. Share strictly above: 25 → 0, 22 → .248, 17 → .465, 15 → .634, 6 → .782 (< .80: A);
    // 5 → .842, 3 → .891 (< .95: B); 2 → 96/101 = .950 and 1 → .980 (C). Same as the tiering issue.
    expect(pareto(column(EXAMPLE))).toEqual(column(["C", "A", "A", "A", "C", "B", "B", "A", "C", "B", "A"]));
  });

  it("puts values of 0 or less in the last tier", () => {
    // Hand: total 10 → 10 has S = 0 (A); 0 and −5 carry no value → last tier.
    expect(pareto([[10, 0, -5]])).toEqual([["A", "C", "C"]]);
  });

  it("agrees with the engine's value-share tiers for percent shares", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 100 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const engine = Array.from(valueShareTiers(Float64Array.from(xs), [0.7, 0.3]), (t) => "AB"[t]);
        expect(pareto([xs], [[70, 30]])).toEqual([engine]);
      }),
    );
  });
});

describe("TIER.COMPUTED", () => {
  it("matches R ABCanalysis on the DESIGN.md example: A {25, 22, 17}, B {15, 6}, C the rest", () => {
    expect(computed(column(EXAMPLE))).toEqual(column(["C", "B", "A", "A", "C", "C", "C", "B", "C", "C", "A"]));
  });

  it("uses your three labels and keeps a row in a row", () => {
    expect(computed([EXAMPLE], [["Key", "Core", "Tail"]])[0].filter((x) => x === "Key")).toHaveLength(3);
  });

  it("says which argument is wrong when no value is above 0 or the labels are not three", () => {
    expect(thrown(() => computed(column([0, -1, 0]))).code).toBe("#VALUE!");
    expect(thrown(() => computed(column(EXAMPLE), [["A", "B"]]))).toMatchObject({
      code: "#VALUE!",
      message: "labels: 2 labels given for 3 tiers.",
    });
  });
});

describe("TIER.THRESHOLD", () => {
  it("gives the first label at or above the first bound, the next at or above the second, else the last", () => {
    // Hand: bounds 100, 50 → 120, 100 A; 99.99, 50 B; 10 C; text "".
    expect(threshold(column([120, 100, 99.99, 50, 10, "x"]), column([100, 50]))).toEqual(
      column(["A", "A", "B", "B", "C", ""]),
    );
    expect(threshold([[120, 10]], [[100]], [["High", "Low"]])).toEqual([["High", "Low"]]);
  });

  it("rejects bounds that do not decrease and a blank bound, naming the argument", () => {
    expect(thrown(() => threshold(column([1]), [[50, 100]])).message).toMatch(
      /^bounds, bound 2: expected a value below bound 1 \(50\), found 100/,
    );
    expect(thrown(() => threshold(column([1]), [[100, null]]))).toMatchObject({
      code: "#VALUE!",
      message: "bounds: item 2 is a blank; expected a number.",
    });
  });
});

describe("TIER.BREAKS", () => {
  it("groups values into k natural clusters, highest cluster first", () => {
    // Hand: three well separated groups {1, 2, 3}, {10, 11, 12}, {20, 21}: any other split of
    // consecutive values has a larger within-group sum of squares, so k = 3 gives exactly these.
    const values = [1, 10, 20, 2, 11, 21, 3, 12];
    expect(breaks(column(values))).toEqual(column(["C", "B", "A", "C", "B", "A", "C", "B"]));
    // k = 2: {1, 2, 3} vs {10, 11, 12, 20, 21}: SSE 2 + 110.8 = 112.8 (mean 14.8), while {1 … 12} vs
    // {20, 21} gives 125.5 + 0.5 = 126 and {1, 2, 3, 10} vs {11 … 21} gives 50 + 82 = 132.
    expect(breaks([values], 2, [["Hi", "Lo"]])).toEqual([["Lo", "Hi", "Hi", "Lo", "Hi", "Hi", "Lo", "Hi"]]);
  });

  it("keeps 1e154 and 5e153 apart from 1, 2, 3 (their squares overflow a double)", () => {
    // By hand: {1e154}, {5e153}, {1, 2, 3} is the only split whose cost is not of the order of 1e307.
    expect(breaks(column([1e154, 5e153, 1, 2, 3]))).toEqual(column(["A", "B", "C", "C", "C"]));
  });

  it("uses k = 3 when k is left out or blank", () => {
    expect(breaks(column([1, 5, 9]), null as never)).toEqual(column(["C", "B", "A"]));
  });

  it("rejects k below 2 or above the number of distinct values with #VALUE! and a message", () => {
    expect(thrown(() => breaks(column([1, 2, 3]), 1))).toMatchObject({
      code: "#VALUE!",
      message: "k: 1 is not allowed; expected a whole number of at least 2.",
    });
    expect(thrown(() => breaks(column([1, 1, 2, 2]), 3))).toMatchObject({
      code: "#VALUE!",
      message: "k: 3 tiers asked for, but values hold only 2 distinct numbers.",
    });
  });
});
