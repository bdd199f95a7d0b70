import { TabOrder } from "../../../../src/host/fake-excel/file/kept-chart-sheets";

/**
 * TabOrder on worksheets counted by index and chart sheets given by the worksheet they follow (undefined: before
 * every worksheet); the download's index of each is its place among all tabs (ECMA-376 Part 1 §18.2.5
 * localSheetId, §18.2.30 activeTab).
 */
describe("TabOrder", () => {
  it("puts the chart sheets that come first, then each worksheet with those that follow it, each group in file order", () => {
    // Chart sheets: 0 after worksheet 1, 1 first, 2 after worksheet 0, 3 after worksheet 1, 4 first.
    const order = new TabOrder(3, [{ after: 1 }, {}, { after: 0 }, { after: 1 }, {}]);
    expect(order.entries).toEqual([
      { chartSheet: 1 },
      { chartSheet: 4 },
      { worksheet: 0 },
      { chartSheet: 2 },
      { worksheet: 1 },
      { chartSheet: 0 },
      { chartSheet: 3 },
      { worksheet: 2 },
    ]);
    expect([0, 1, 2].map((i) => order.worksheet(i))).toEqual([2, 4, 7]);
    expect([0, 1, 2, 3, 4].map((i) => order.chartSheet(i))).toEqual([5, 0, 3, 6, 1]);
  });

  it("counts worksheets alone when there are no chart sheets", () => {
    const order = new TabOrder(2, []);
    expect(order.entries).toEqual([{ worksheet: 0 }, { worksheet: 1 }]);
    expect([order.worksheet(0), order.worksheet(1)]).toEqual([0, 1]);
  });

  it("puts a chart sheet that follows a worksheet not written at the end, not lost", () => {
    const order = new TabOrder(2, [{ after: 5 }, { after: 0 }]);
    expect(order.entries).toEqual([{ worksheet: 0 }, { chartSheet: 1 }, { worksheet: 1 }, { chartSheet: 0 }]);
    expect(order.chartSheet(0)).toBe(3);
  });

  it("gives a worksheet index it does not hold back unchanged, with no worksheets too", () => {
    expect(new TabOrder(1, [{}]).worksheet(3)).toBe(3);
    expect(new TabOrder(0, [{}]).worksheet(0)).toBe(0);
  });

  it("lists chart sheets alone when there are no worksheets", () => {
    const order = new TabOrder(0, [{}, { after: 0 }]);
    expect(order.entries).toEqual([{ chartSheet: 0 }, { chartSheet: 1 }]);
  });
});
