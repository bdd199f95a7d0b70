/** @jest-environment jsdom */
import { readCells } from "../../src/functions/coerce-cells";
import { readLabels } from "../../src/functions/coerce-labels";
import { isMissing } from "../../src/functions/coerce-missing";
import { readNumberList } from "../../src/functions/coerce-number-list";
import { readRates } from "../../src/functions/coerce-rates";
import { readInteger, readNumber } from "../../src/functions/coerce-scalar";
import { readShares } from "../../src/functions/coerce-shares";
import { readVector } from "../../src/functions/coerce-vector";
import { shapeLike } from "../../src/functions/shape-output";
import { thrown } from "./thrown";
import { errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

describe("reading a data range", () => {
  it("reads a column as a column and a row as a row", () => {
    expect(readCells([[1], [2], [3]], "values")).toEqual({ cells: [1, 2, 3], orientation: "column" });
    expect(readCells([[1, 2, 3]], "values")).toEqual({ cells: [1, 2, 3], orientation: "row" });
    expect(readCells([[7]], "values").orientation).toBe("column");
    expect(readCells(7, "values")).toEqual({ cells: [7], orientation: "column" });
  });

  it("rejects a block of several rows and columns, naming the argument and its size", () => {
    const e = thrown(() =>
      readCells(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "values",
      ),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("values: expected one row or one column, found 3 rows × 2 columns.");
  });

  it("turns blanks, text, booleans and errors into NaN and keeps numbers and numeric text", () => {
    const v = readVector(
      [[1], [null], [""], ["abc"], [true], [errorCell("#N/A")], ["#DIV/0!"], [" 1,250.5 "], [0], [-3]],
      "values",
    );
    expect(Array.from(v.values)).toEqual([1, NaN, NaN, NaN, NaN, NaN, NaN, 1250.5, 0, -3]);
    expect(v.numberCount).toBe(4);
  });

  it("says so when a range holds no number at all", () => {
    const e = thrown(() => readVector([["a"], [null], [true]], "values"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("values: no numbers found in 3 cells.");
  });

  it("tells whether the range holds exactly the expected values, blanks matching blanks", () => {
    const expected = Float64Array.from([1, NaN, 3]);
    expect(readVector([[1], [""], [3]], "values", { expected }).equalsExpected).toBe(true);
    expect(readVector([[1, null, "3"]], "values", { expected }).equalsExpected).toBe(true);
    expect(readVector([[1], [2], [3]], "values", { expected }).equalsExpected).toBe(false);
    expect(readVector([[1], [""], [4]], "values", { expected }).equalsExpected).toBe(false);
    expect(readVector([[1], [""]], "values", { expected }).equalsExpected).toBe(false);
    expect(readVector([[1], [""], [3]], "values").equalsExpected).toBe(false);
  });

  it("sees a change in any one row of a longer column, whichever of four rows read together it falls on", () => {
    // 11 rows: two steps of four rows and a tail of three (coerce-vector.ts, sameColumn).
    const values = Array.from({ length: 11 }, (_, i) => 100 + i / 4);
    const expected = Float64Array.from(values);
    expect(
      readVector(
        values.map((v) => [v]),
        "values",
        { expected },
      ).equalsExpected,
    ).toBe(true);
    for (let changed = 0; changed < values.length; changed++) {
      const column = values.map((v, i) => [i === changed ? v + 0.01 : v]);
      expect([changed, readVector(column, "values", { expected }).equalsExpected]).toEqual([changed, false]);
    }
  });

  it("rejects a column with a row of another width, naming the row", () => {
    expect(thrown(() => readVector([[1], [2, 3]], "values")).message).toBe(
      "values: expected one row or one column, found 2 rows × 2 columns at row 2.",
    );
  });

  it("lays results out in the orientation of the input", () => {
    expect(shapeLike(["A", "B"], "column")).toEqual([["A"], ["B"]]);
    expect(shapeLike(["A", "B"], "row")).toEqual([["A", "B"]]);
  });
});

describe("reading optional arguments", () => {
  it("treats null, undefined, an empty argument and a blank cell as left out", () => {
    for (const arg of [null, undefined, "", [[null]], [[""]], [[""], [null]]]) expect(isMissing(arg)).toBe(true);
    for (const arg of [0, [[0]], [["A"]], "abc"]) expect(isMissing(arg)).toBe(false);
  });
});

describe("reading shares", () => {
  it("accepts fractions summing to 1 and percents summing to 100, returning fractions", () => {
    expect(readShares([[0.2], [0.3], [0.5]], "shares", [])).toEqual([0.2, 0.3, 0.5]);
    expect(readShares([[20, 30, 50]], "shares", [])).toEqual([0.2, 0.3, 0.5]);
    // 33.3 + 33.3 + 33.4 = 100 by hand; in doubles the sum is 99.99999999999999.
    expect(readShares([[33.3, 33.3, 33.4]], "shares", []).length).toBe(3);
  });

  it("uses the defaults when the shares are left out", () => {
    expect(readShares(null, "shares", [0.8, 0.15, 0.05])).toEqual([0.8, 0.15, 0.05]);
    expect(readShares(undefined, "shares", [0.2, 0.3, 0.5])).toEqual([0.2, 0.3, 0.5]);
  });

  it("rejects shares that do not sum to 1 or 100, giving the sum", () => {
    const e = thrown(() => readShares([[20], [30], [40]], "shares", []));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("shares: shares must sum to 1 (fractions) or 100 (percents); they sum to 90.");
  });

  it("rejects a single share, a zero share and text", () => {
    expect(thrown(() => readShares([[100]], "shares", [])).message).toBe(
      "shares: at least 2 shares are needed (one per tier), found 1.",
    );
    expect(thrown(() => readShares([[0], [100]], "shares", [])).code).toBe("#VALUE!");
    const text = thrown(() => readShares([["20%"], [80]], "shares", []));
    expect(text).toMatchObject({ code: "#VALUE!", message: 'shares: item 1 is "20%"; expected a number.' });
  });
});

describe("reading rates and number lists", () => {
  it("accepts rates in (0, 1]", () => {
    expect(readRates([[0.5], [0.4], [1]], "rates")).toEqual([0.5, 0.4, 1]);
  });

  it("rejects a rate of 0, above 1 or a percent typed as a whole number with #VALUE! and a message", () => {
    expect(thrown(() => readRates([[0.5], [0]], "rates"))).toMatchObject({
      code: "#VALUE!",
      message: "rates: rate 2 is 0; expected a fraction above 0 and at most 1.",
    });
    expect(thrown(() => readRates([[50]], "rates")).message).toBe(
      "rates: rate 1 is 50; expected a fraction above 0 and at most 1 (50 % is 0.5).",
    );
  });

  it("rejects a blank, a boolean or an error inside a list of numbers, naming its position", () => {
    expect(thrown(() => readNumberList([[1], [null]], "weights")).message).toBe(
      "weights: item 2 is a blank; expected a number.",
    );
    expect(thrown(() => readNumberList([[1, true]], "weights")).message).toBe(
      "weights: item 2 is TRUE; expected a number.",
    );
    expect(thrown(() => readNumberList([[errorCell("#N/A")]], "weights")).message).toBe(
      "weights: item 1 is #N/A; expected a number.",
    );
    // The runtime's rich-value JSON of an error (CreateCustomFunctionInstance: type "Error", primitive).
    expect(thrown(() => readNumberList([[{ type: "Error", primitive: "#DIV/0!" }]], "weights")).message).toBe(
      "weights: item 1 is #DIV/0!; expected a number.",
    );
  });
});

describe("reading labels and scalars", () => {
  it("gives A, B, C when labels are left out and checks their count otherwise", () => {
    expect(readLabels(null, "labels", 3)).toEqual(["A", "B", "C"]);
    expect(readLabels([["Gold", "Silver", 3]], "labels", 3)).toEqual(["Gold", "Silver", "3"]);
    expect(thrown(() => readLabels([["Gold"], ["Silver"]], "labels", 3))).toMatchObject({
      code: "#VALUE!",
      message: "labels: 2 labels given for 3 tiers.",
    });
  });

  it("reads a scalar from a number, numeric text or a one-cell range", () => {
    expect(readNumber(3, "target")).toBe(3);
    expect(readNumber("4", "target")).toBe(4);
    expect(readNumber([[5]], "target")).toBe(5);
    expect(thrown(() => readNumber("many", "target"))).toMatchObject({
      code: "#VALUE!",
      message: 'target: "many" is not a number.',
    });
  });

  it("requires whole numbers where counts are meant", () => {
    expect(readInteger(3, "k", 2)).toBe(3);
    expect(thrown(() => readInteger(1, "k", 2))).toMatchObject({
      code: "#VALUE!",
      message: "k: 1 is not allowed; expected a whole number of at least 2.",
    });
    expect(thrown(() => readInteger(2.5, "k", 2)).code).toBe("#VALUE!");
  });
});
