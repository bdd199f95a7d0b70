import { Axis } from "../../src/preview/grid/axis";
import { visibleRows } from "../../src/preview/grid/visible-rows";

const uniform = (count: number) => new Axis([], count, 20);
const span = (rows: number[]) => ({ first: rows[0], last: rows[rows.length - 1], length: rows.length });

// Hand calculations: with 20 px rows, a 200 px viewport shows 10 rows; scrolled to 400 px the first
// visible row is 400 / 20 = 20, so rows 20…30 plus the overscan on each side are rendered.
describe("windowing of the preview grid", () => {
  it("renders only the rows in view plus the overscan", () => {
    expect(span(visibleRows(uniform(501), { top: 400, bottom: 600, overscan: 5 }))).toEqual({
      first: 15,
      last: 35,
      length: 21,
    });
  });

  it("starts at row 0 at the top of the sheet", () => {
    expect(span(visibleRows(uniform(501), { top: 0, bottom: 200, overscan: 5 }))).toEqual({
      first: 0,
      last: 15,
      length: 16,
    });
  });

  it("stops at the last row at the bottom of the sheet", () => {
    // 501 rows × 20 px = 10,020 px; scrolled to 9,820 px the first row in view is 491.
    expect(span(visibleRows(uniform(501), { top: 9820, bottom: 10020, overscan: 5 }))).toEqual({
      first: 486,
      last: 500,
      length: 15,
    });
  });

  it("keeps the cost flat for a sheet at Excel's row limit", () => {
    const rows = visibleRows(uniform(1_048_576), { top: 20 * 1_000_000, bottom: 20 * 1_000_000 + 600 });
    expect(rows.length).toBeLessThanOrEqual(600 / 20 + 1 + 10);
    expect(rows[0]).toBe(1_000_000 - 5);
  });

  it("leaves hidden rows out, and draws the rows after them in their place", () => {
    // Rows 2…49 hidden: rows 0, 1 then 50, 51, 52 fill 0…100 px; 53 starts at the bottom edge, 54 is the overscan.
    const hidden = new Axis([{ from: 2, count: 48, size: 0 }], 100, 20);
    expect(visibleRows(hidden, { top: 0, bottom: 100, overscan: 1 })).toEqual([0, 1, 50, 51, 52, 53, 54]);
  });

  it("never renders a row before `from` (the frozen rows are drawn apart)", () => {
    expect(visibleRows(uniform(50), { top: 40, bottom: 100, from: 3, overscan: 5 })[0]).toBe(3);
  });

  it("renders nothing for an empty sheet", () => {
    expect(visibleRows(uniform(0), { top: 0, bottom: 200 })).toEqual([]);
  });
});
