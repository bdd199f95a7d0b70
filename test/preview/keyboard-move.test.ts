import { keyboardMove } from "../../src/preview/grid/keyboard-move";

// Excel's keys: arrows move one cell, PageDown one screen, Home to column A, and never past the edges.
describe("moving the active cell with the keyboard", () => {
  const bounds = { rows: 100, columns: 8 };
  it("moves one cell per arrow key", () => {
    expect(keyboardMove({ row: 5, column: 3 }, "ArrowUp", bounds)).toEqual({ row: 4, column: 3 });
    expect(keyboardMove({ row: 5, column: 3 }, "ArrowRight", bounds)).toEqual({ row: 5, column: 4 });
  });
  it("stops at the edges of the sheet", () => {
    expect(keyboardMove({ row: 0, column: 0 }, "ArrowUp", bounds)).toEqual({ row: 0, column: 0 });
    expect(keyboardMove({ row: 99, column: 7 }, "ArrowRight", bounds)).toEqual({ row: 99, column: 7 });
    expect(keyboardMove({ row: 95, column: 2 }, "PageDown", bounds, 20)).toEqual({ row: 99, column: 2 });
  });
  it("goes to column A on Home", () => {
    expect(keyboardMove({ row: 7, column: 5 }, "Home", bounds)).toEqual({ row: 7, column: 0 });
  });
  it("ignores keys that do not move the cell", () => {
    expect(keyboardMove({ row: 7, column: 5 }, "a", bounds)).toBeUndefined();
  });
});
