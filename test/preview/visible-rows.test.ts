import { visibleRows } from "../../src/preview/grid/visible-rows";

// Hand calculations: with 20 px rows, a 200 px viewport shows 10 rows; scrolled to 400 px the first
// visible row is 400 / 20 = 20, so rows 20…30 plus the overscan on each side are rendered.
describe("windowing of the preview grid", () => {
  it("renders only the rows in view plus the overscan", () => {
    expect(visibleRows({ scrollTop: 400, viewportHeight: 200, rowHeight: 20, rowCount: 501, overscan: 5 })).toEqual({
      first: 15,
      last: 35,
    });
  });

  it("starts at row 0 at the top of the sheet", () => {
    expect(visibleRows({ scrollTop: 0, viewportHeight: 200, rowHeight: 20, rowCount: 501, overscan: 5 })).toEqual({
      first: 0,
      last: 15,
    });
  });

  it("stops at the last row at the bottom of the sheet", () => {
    // 501 rows × 20 px = 10,020 px; scrolled to 9,820 px the first row in view is 491.
    expect(visibleRows({ scrollTop: 9820, viewportHeight: 200, rowHeight: 20, rowCount: 501, overscan: 5 })).toEqual({
      first: 486,
      last: 500,
    });
  });

  it("keeps the cost flat for a sheet at Excel's row limit", () => {
    const w = visibleRows({ scrollTop: 20 * 1_000_000, viewportHeight: 600, rowHeight: 20, rowCount: 1_048_576 });
    expect(w.last - w.first + 1).toBeLessThanOrEqual(600 / 20 + 1 + 10);
  });

  it("renders nothing for an empty sheet", () => {
    const w = visibleRows({ scrollTop: 0, viewportHeight: 200, rowHeight: 20, rowCount: 0 });
    expect(w.last).toBeLessThan(w.first);
  });
});
