import { NO_TIER } from "../../../src/engine/tiering";
import { untieredCount } from "../../../src/taskpane/model/untiered-count";

describe("untieredCount", () => {
  it("counts the rows without a tier, leaving out the rows the user left out", () => {
    // Five rows on grid rows 1–5: rows 2 and 4 have no tier; grid row 4 is hidden, so only one is untiered.
    const result = { tier: Int32Array.from([0, NO_TIER, 1, NO_TIER, 2]), gridRows: Int32Array.from([1, 2, 3, 4, 5]) };
    expect(untieredCount(result)).toBe(2);
    expect(untieredCount(result, new Set([4]))).toBe(1);
    expect(untieredCount(result, new Set([1, 3]))).toBe(2); // left-out rows that have a tier change nothing
  });
});
