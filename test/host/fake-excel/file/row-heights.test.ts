import { RowHeightCursor, addRowHeight, rowHeightsEnd } from "../../../../src/host/fake-excel/file/row-heights";
import type { RowHeightRun } from "../../../../src/host/fake-excel/state";

/** Rows' own heights (ECMA-376 Part 1 §18.3.1.73 ht, customHeight) kept as runs, and read back row by row. */
describe("row heights as runs", () => {
  it("makes one run of following rows of one height, and a new run at a gap or another height", () => {
    const runs: RowHeightRun[] = [];
    for (const r of [0, 1, 2]) addRowHeight(runs, r, 20);
    addRowHeight(runs, 3, 25);
    addRowHeight(runs, 5, 25);
    expect(runs).toEqual([
      { from: 0, count: 3, height: 20 },
      { from: 3, count: 1, height: 25 },
      { from: 5, count: 1, height: 25 },
    ]);
    expect(rowHeightsEnd(runs)).toBe(6);
    expect(rowHeightsEnd([])).toBe(0);
  });

  it("keeps runs in row order when a row comes out of order", () => {
    const runs: RowHeightRun[] = [];
    addRowHeight(runs, 10, 30);
    addRowHeight(runs, 2, 15);
    expect(runs.map((r) => r.from)).toEqual([2, 10]);
  });

  it("gives each row's height walking down, and again from the top", () => {
    const heights = new RowHeightCursor([
      { from: 1, count: 2, height: 20 },
      { from: 5, count: 1, height: 40 },
    ]);
    const walk = () => [0, 1, 2, 3, 4, 5, 6].map((r) => heights.at(r));
    const expected = [undefined, 20, 20, undefined, undefined, 40, undefined];
    expect(walk()).toEqual(expected);
    expect(walk()).toEqual(expected);
  });
});
