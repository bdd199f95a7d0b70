import { Axis } from "../../src/preview/grid/axis";
import { axisRuns } from "../../src/preview/grid/axis-runs";

// 20 rows of 20 px, but rows 2…4 are 40 px (their own height) and rows 10…11 are hidden (0 px). By hand:
// offset(3) = 2 × 20 + 40 = 80; offset(5) = 40 + 3 × 40 = 160; offset(10) = 160 + 5 × 20 = 260;
// rows 10 and 11 take nothing, so offset(12) = 260 and the total is 260 + 8 × 20 = 420.
const axis = new Axis(
  [
    { from: 2, count: 3, size: 40 },
    { from: 10, count: 2, size: 0 },
  ],
  20,
  20,
);

describe("an axis of rows of their own heights, some hidden", () => {
  it("places each row after the heights of the rows above it", () => {
    expect([0, 2, 3, 5, 10, 11, 12, 13].map((i) => axis.offset(i))).toEqual([0, 40, 80, 160, 260, 260, 260, 280]);
    expect(axis.total()).toBe(420);
    expect([1, 3, 10].map((i) => axis.size(i))).toEqual([20, 40, 0]);
  });

  it("finds the row drawn at a pixel, never a hidden one, clamped to the axis", () => {
    expect(axis.indexAt(100)).toBe(3); // row 3 spans 80…120
    expect(axis.indexAt(259)).toBe(9); // row 9 spans 240…260
    expect(axis.indexAt(260)).toBe(12); // rows 10 and 11 are hidden
    expect(axis.indexAt(-5)).toBe(0);
    expect(axis.indexAt(5000)).toBe(19);
  });

  it("skips a hidden run in one step either way, and says when nothing is left", () => {
    expect(axis.nextShown(10, 1)).toBe(12);
    expect(axis.nextShown(11, -1)).toBe(9);
    expect(axis.nextShown(19, 1)).toBe(19);
    expect(axis.nextShown(20, 1)).toBeUndefined();
    expect(new Axis([{ from: 0, count: 5, size: 0 }], 5, 20).nextShown(0, 1)).toBeUndefined();
  });

  it("answers for a 1,048,576-row sheet whose every other row has a height of its own without walking them", () => {
    const runs = Array.from({ length: 524_288 }, (_, i) => ({ from: 2 * i, count: 1, size: 30 }));
    const big = new Axis(runs, 1_048_576, 20);
    // Rows 0…999,999: 500,000 of 30 px and 500,000 of 20 px.
    expect(big.offset(1_000_000)).toBe(25_000_000);
    expect(big.indexAt(25_000_000)).toBe(1_000_000);
    expect(big.indexAt(25_000_029)).toBe(1_000_000);
    expect(big.indexAt(25_000_030)).toBe(1_000_001);
  });
});

describe("an axis's runs from heights set by hand and hidden rows", () => {
  it("splits a run of heights where rows are hidden: hidden wins, whatever the height", () => {
    // Heights 2…5 are 40 px; rows 3, 4 and 9 are hidden. Edges 2, 3, 5, 6, 9, 10; 6…8 keep the default (no run).
    expect(axisRuns([{ from: 2, count: 4, size: 40 }], new Set([9, 4, 3]))).toEqual([
      { from: 2, count: 1, size: 40 },
      { from: 3, count: 2, size: 0 },
      { from: 5, count: 1, size: 40 },
      { from: 9, count: 1, size: 0 },
    ]);
  });

  it("joins neighbouring runs of one size, so a sheet of one height is one run", () => {
    expect(
      axisRuns(
        [
          { from: 2, count: 3, size: 30 },
          { from: 0, count: 2, size: 30 },
        ],
        [],
      ),
    ).toEqual([{ from: 0, count: 5, size: 30 }]);
  });
});
