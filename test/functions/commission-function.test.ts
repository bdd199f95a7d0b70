/** @jest-environment jsdom */
import { commission } from "../../src/functions/cell-functions";
import { column, thrown } from "./thrown";
import { asSentToExcel, errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

// Issue 14's contract: thresholds {0;100000;200000} (a column, as typed in Excel), rates {0.05;0.08;0.12}.
const THRESHOLDS = column([0, 100_000, 200_000]);
const RATES = column([0.05, 0.08, 0.12]);

/** Compares a spilled result cell by cell: numbers to 9 decimals (binary floating point), text exactly. */
function expectCells(actual: unknown[][], expected: unknown[][]): void {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  actual.forEach((row, i) =>
    row.forEach((cell, j) => {
      const want = expected[i][j];
      if (typeof want === "number") expect(cell).toBeCloseTo(want, 9);
      else expect(cell).toBe(want);
    }),
  );
}

describe("TIER.COMMISSION", () => {
  it("pays the issue's examples, marginal by default", () => {
    // 250,000: 5,000 + 8,000 + 6,000; 100,000: 100,000 × 5 % (the 8 % band starts there, no slice yet);
    // 99,999.99 × 5 % = 4,999.9995.
    expectCells(
      commission(column([250_000, 100_000, 99_999.99]), THRESHOLDS, RATES),
      column([19_000, 5_000, 4_999.9995]),
    );
  });

  it('pays all sales at the highest band reached with "whole"', () => {
    // 250,000 × 12 % = 30,000; 100,000 × 8 % = 8,000; 99,999.99 × 5 % = 4,999.9995.
    expectCells(
      commission(column([250_000, 100_000, 99_999.99]), THRESHOLDS, RATES, "whole"),
      column([30_000, 8_000, 4_999.9995]),
    );
  });

  it("keeps the shape: one cell gives one cell, a row gives a row", () => {
    expectCells(commission([[250_000]], THRESHOLDS, RATES), [[19_000]]);
    // 150,000 whole: 150,000 × 8 % = 12,000; thresholds and rates given as rows work too.
    expectCells(commission([[250_000, 150_000]], [[0, 100_000, 200_000]], [[0.05, 0.08, 0.12]], "Whole"), [
      [30_000, 12_000],
    ]);
  });

  it("pays 0 on negative sales and 0, 0 below the first bound, and nothing for a cell that is not a number", () => {
    // Bands from 50,000: 40,000 is below the first bound → 0; 60,000 marginal = 10,000 × 4 % = 400.
    const sales = column([-5_000, 0, 40_000, 60_000, null, "n/a", errorCell("#N/A")]);
    expectCells(commission(sales, column([50_000, 100_000]), column([0.04, 0.1])), column([0, 0, 0, 400, "", "", ""]));
  });

  it("takes a blank mode as marginal", () => {
    expectCells(commission([[250_000]], THRESHOLDS, RATES, ""), [[19_000]]);
  });

  it("names the argument it cannot use, with #VALUE!", () => {
    const sales = column([250_000]);
    const notAscending = thrown(() => commission(sales, column([0, 200_000, 100_000]), RATES));
    expect(asSentToExcel(notAscending)).toMatchObject({
      code: "#VALUE!",
      message:
        "thresholds: threshold 3 (100000) must be above threshold 2 (200000); thresholds are the bands' lower bounds, strictly ascending.",
    });
    expect(thrown(() => commission(sales, THRESHOLDS, column([0.05, 0.08]))).message).toBe(
      "rates: 2 rates for 3 thresholds; expected one rate per band (3).",
    );
    expect(thrown(() => commission(sales, THRESHOLDS, column([0.05, -0.08, 0.12]))).message).toBe(
      "rates: rate 2 is -0.08; expected a finite number of 0 or more.",
    );
    expect(thrown(() => commission(sales, THRESHOLDS, column([5, 8, 12]))).message).toBe(
      "rates: rate 1 is 5; expected a fraction from 0 to 1 (5 % is 0.05).",
    );
    expect(thrown(() => commission(sales, column([-1, 100_000, 200_000]), RATES)).message).toBe(
      "thresholds: threshold 1 is -1; expected a finite number of 0 or more (sales below 0 earn nothing).",
    );
    expect(thrown(() => commission(sales, column([0, "lots", 200_000]), RATES)).message).toBe(
      'thresholds: item 2 is "lots"; expected a number.',
    );
    expect(thrown(() => commission(sales, THRESHOLDS, RATES, "flat"))).toMatchObject({
      code: "#VALUE!",
      message: 'mode: "flat" is not one of "marginal", "whole".',
    });
    expect(thrown(() => commission(column([null, "x"]), THRESHOLDS, RATES)).message).toBe(
      "sales: no numbers found in 2 cells.",
    );
  });
});
