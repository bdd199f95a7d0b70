/** @jest-environment jsdom */
import { abc, rfm, score, threshold } from "../../src/functions/cell-functions";
import { MAX_RANGE_CELLS } from "../../src/functions/size-limit";
import { asSentToExcel, loadCustomFunctionsRuntime } from "./office-runtime";
import { column, thrown } from "./thrown";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

const tooMany = (name: string, cells: string) =>
  `${name}: ${cells} cells is more than the 200,000 a TIER function takes (Excel on the web limits a function's data to 5 MB). For a longer list, use the TierLadder task pane (Home › TierLadder › Open TierLadder), which handles any size.`;

describe("ranges larger than a custom function can exchange with Excel on the web", () => {
  const limit = Array.from({ length: MAX_RANGE_CELLS }, (_, i) => i % 1000);

  it("takes a column of 200,000 values", () => {
    expect(MAX_RANGE_CELLS).toBe(200_000);
    expect(abc(column(limit))).toHaveLength(200_000);
  });

  it("says what the limit is and what to do instead for a full column, in a message Excel shows", () => {
    // Excel's row limit: 1,048,576 rows (Excel specifications and limits).
    const full = column(Array.from({ length: 1_048_576 }, (_, i) => i));
    expect(asSentToExcel(thrown(() => abc(full)))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: tooMany("values", "1,048,576") }),
    );
  });

  it("applies to a row, to every range argument and to the factors block as a whole", () => {
    expect(thrown(() => abc([[...limit, 1]])).message).toBe(tooMany("values", "200,001"));
    expect(thrown(() => threshold(column([1, 2]), column([...limit, 1]))).message).toBe(tooMany("bounds", "200,001"));
    const wide = Array.from({ length: 100_001 }, (_, i) => [i, i % 7]);
    expect(thrown(() => score(wide, [[1, 1]])).message).toBe(tooMany("factors", "200,002"));
    const big = column([...limit, 1]);
    expect(thrown(() => rfm(column([1]), column([1]), big)).message).toBe(tooMany("monetary", "200,001"));
  });
});
