/** @jest-environment jsdom */
import { rfm, score, segment } from "../../src/functions/cell-functions";
import { column, thrown } from "./thrown";
import { errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

describe("TIER.SCORE", () => {
  // Hand calculation. Sales 10, 20, 30 → mid-rank percentiles 0, 0.5, 1. Days since last order
  // 5, 1, 3 (lower is better) → percentiles 1, 0, 0.5, flipped 0, 1, 0.5. Weights 2 and 1:
  // 100·(2·0 + 1·0)/3 = 0; 100·(2·0.5 + 1·1)/3 = 66.667; 100·(2·1 + 1·0.5)/3 = 83.333.
  const factors = [
    [10, 5],
    [20, 1],
    [30, 3],
  ];

  it("scores each customer 0–100 by weighted mid-rank percentiles, lower-is-better flipped", () => {
    const got = score(factors, [[2, 1]], [[1, -1]]);
    expect(got.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(got[0][0]).toBeCloseTo(0, 12);
    expect(got[1][0]).toBeCloseTo(200 / 3, 12);
    expect(got[2][0]).toBeCloseTo(250 / 3, 12);
  });

  it("treats every factor as higher-is-better when directions are left out", () => {
    // Hand: days percentiles unflipped 1, 0, 0.5 → 100·(0 + 1)/3, 100·(1 + 0)/3, 100·(2 + 0.5)/3.
    const got = score(factors, column([2, 1])).map((r) => r[0] as number);
    expect(got[0]).toBeCloseTo(100 / 3, 12);
    expect(got[1]).toBeCloseTo(100 / 3, 12);
    expect(got[2]).toBeCloseTo(250 / 3, 12);
  });

  it("reads one factor per row and spills a row when the weights match the rows", () => {
    const byRows = [
      [10, 20, 30],
      [5, 1, 3],
    ];
    const got = score(byRows, [[2], [1]], [[1], [-1]]);
    expect(got).toHaveLength(1);
    expect((got[0] as number[]).map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 66.667, 83.333]);
  });

  it("leaves a customer with an error cell in a factor without a score", () => {
    // Hand: rows 1 and 3 are valid; sales 10, 30 → percentiles 0, 1 → scores 0 and 100.
    expect(score([[10], [errorCell("#VALUE!")], [30]], [[1]])).toEqual([[0], [""], [100]]);
  });

  it("scores the same for weights {5e-324, 5e-324} and {1e308, 1e308} as for {1, 1}", () => {
    // DESIGN.md: the score depends only on the weights' ratios (1e308 + 1e308 overflows unless rescaled).
    const equal = score(factors, [[1, 1]], [[1, -1]]);
    expect(score(factors, [[1e308, 1e308]], [[1, -1]])).toEqual(equal);
    expect(score(factors, [[5e-324, 5e-324]], [[1, -1]])).toEqual(equal);
  });

  it("leaves a customer with a blank or text factor without a score", () => {
    // Hand: only rows 1 and 3 are valid; sales 10, 30 → 0, 1 → scores 0 and 100.
    const got = score([[10], [null], [30], ["x"]], [[1]]);
    expect(got).toEqual([[0], [""], [100], [""]]);
  });

  it("names the argument for a weight count that fits neither layout, a bad direction or negative weights", () => {
    // 3 rows × 2 columns: 2 weights read factors by column, 3 by row (see above), 4 fit neither.
    expect(thrown(() => score(factors, [[1, 1, 1, 1]]))).toMatchObject({
      code: "#VALUE!",
      message: "weights: 4 weights given, but factors has 2 columns; give one weight per factor column.",
    });
    expect(thrown(() => score(factors, [[1, 1]], [[1, 0]]))).toMatchObject({
      code: "#VALUE!",
      message: "directions: item 2 is 0; expected 1 (higher is better) or -1 (lower is better).",
    });
    expect(thrown(() => score(factors, [[1, -1]]))).toMatchObject({
      code: "#VALUE!",
      message: "weights: weight 2 is -1; weights cannot be negative.",
    });
    expect(thrown(() => score([["a", "b"]], [[1, 1]]))).toMatchObject({
      code: "#VALUE!",
      message: "factors: no customer has a number in every factor.",
    });
  });
});

describe("TIER.RFM", () => {
  // Hand calculation of the type-7 quantiles (R quantile(type = 7), Excel PERCENTILE.INC) of 1..5 at
  // 0.2/0.4/0.6/0.8: h = 4p + 1 = 1.8, 2.6, 3.4, 4.2 → Q = 1.8, 2.6, 3.4, 4.2. Recency 1 exceeds none
  // → R = 5; 5 exceeds all four → R = 1. Frequency/monetary descending → F = M = 5, 4, 3, 2, 1.
  const recency = column([1, 2, 3, 4, 5]);
  const frequency = column([5, 4, 3, 2, 1]);
  const monetary = column([50, 40, 30, 20, 10]);

  it("gives one row of R, F and M scores per customer", () => {
    expect(rfm(recency, frequency, monetary)).toEqual([
      [5, 5, 5],
      [4, 4, 4],
      [3, 3, 3],
      [2, 2, 2],
      [1, 1, 1],
    ]);
  });

  it("spills three rows (R, F, M) when the customers run across a row", () => {
    expect(rfm([[1, 2, 3, 4, 5]], [[5, 4, 3, 2, 1]], [[50, 40, 30, 20, 10]])).toEqual([
      [5, 4, 3, 2, 1],
      [5, 4, 3, 2, 1],
      [5, 4, 3, 2, 1],
    ]);
  });

  it("leaves a customer with a blank input unscored and scores the others among themselves", () => {
    const got = rfm(column([1, 2, 3, 4, 5, 9]), column([5, 4, 3, 2, 1, null]), column([50, 40, 30, 20, 10, 99]));
    expect(got[5]).toEqual(["", "", ""]);
    expect(got.slice(0, 5)).toEqual(rfm(recency, frequency, monetary));
  });

  it("leaves a customer with an error cell (#N/A, #DIV/0!) unscored, as a blank", () => {
    const na = errorCell("#N/A");
    const got = rfm(
      column([1, 2, 3, 4, 5, na]),
      column([5, 4, 3, 2, 1, 7]),
      column([50, 40, 30, 20, 10, errorCell("#DIV/0!")]),
    );
    expect(got[5]).toEqual(["", "", ""]);
    expect(got.slice(0, 5)).toEqual(rfm(recency, frequency, monetary));
  });

  it("names the column whose length differs", () => {
    expect(thrown(() => rfm(recency, column([1, 2]), monetary))).toMatchObject({
      code: "#VALUE!",
      message: "frequency: 2 cells, but recency has 5; give one value per customer in each.",
    });
  });
});

describe("TIER.SEGMENT", () => {
  it("names the RFM segment of each customer, first matching rule first", () => {
    // DESIGN.md table by hand: 5/5/5 Champions; 4/4/4 and 3/3/3 Potential Loyalist (3–5/3–5/2–5);
    // 2/2/2 Loyal Customers (2–4 each); 1/1/1 Lost; 1/3/4 Can't Lose Them (1–2/3–4/4–5);
    // 5/1/1 New Customers (4–5/1–3/1–5); 2/1/5 no rule → Others.
    const r = column([5, 4, 3, 2, 1, 1, 5, 2]);
    const f = column([5, 4, 3, 2, 1, 3, 1, 1]);
    const m = column([5, 4, 3, 2, 1, 4, 1, 5]);
    expect(segment(r, f, m)).toEqual(
      column([
        "Champions",
        "Potential Loyalist",
        "Potential Loyalist",
        "Loyal Customers",
        "Lost",
        "Can't Lose Them",
        "New Customers",
        "Others",
      ]),
    );
  });

  it("takes TIER.RFM's columns and leaves customers without scores blank", () => {
    const scores = rfm(column([1, 5, null]), column([9, 1, 3]), column([90, 10, 50]));
    const pick = (j: number) => scores.map((row) => [row[j]]);
    // Hand: two valid customers; Q of {1, 5} at .2…/.8 = 1.8, 2.6, 3.4, 4.2 → R = 5 and 1; F, M = 5 and 1.
    expect(segment(pick(0), pick(1), pick(2))).toEqual(column(["Champions", "Lost", ""]));
  });

  it("gives an empty result where a score is an error cell", () => {
    expect(segment(column([5, errorCell("#N/A")]), column([5, 5]), column([5, 5]))).toEqual(column(["Champions", ""]));
  });

  it("rejects a score outside 1–5 with #VALUE! and a message, naming the argument", () => {
    expect(thrown(() => segment([[6]], [[1]], [[1]]))).toMatchObject({
      code: "#VALUE!",
      message: "r: item 1 is 6; expected a score from 1 to 5.",
    });
  });

  it('names the eight RFM classes with model "rfm8", high meaning above the mean of the scores passed', () => {
    // Hand: means over the four scored rows (the blank row left out): R (5+4+1+2)/4 = 3, F (5+1+4+3)/4 = 3.25,
    // M (5+5+4+1)/4 = 3.75. Row 1: 5 > 3, 5 > 3.25, 5 > 3.75 → Important value; row 2: R high, F low,
    // M high → Important to develop; row 3: R low, F 4 > 3.25 high, M 4 > 3.75 high → Important to keep;
    // row 4: R 2 low, F 3 low, M 1 low → General to win back; row 5: no scores → "".
    const r = column([5, 4, 1, 2, null]);
    const f = column([5, 1, 4, 3, null]);
    const m = column([5, 5, 4, 1, null]);
    expect(segment(r, f, m, "rfm8")).toEqual(
      column(["Important value", "Important to develop", "Important to keep", "General to win back", ""]),
    );
    // The default model (and "RFM10" in any case) keeps the ten segments: 4/1/5 is Promising (3–4/1–3/3–5, tested before New Customers).
    expect(segment(r, f, m, "RFM10")[1]).toEqual(["Promising"]);
    expect(segment(r, f, m)[1]).toEqual(["Promising"]);
  });

  it("rejects an unknown model with #VALUE!, naming the argument", () => {
    expect(thrown(() => segment([[1]], [[1]], [[1]], "rfm5"))).toMatchObject({
      code: "#VALUE!",
      message: 'model: "rfm5" is not one of "rfm10", "rfm8".',
    });
  });
});
