/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { GridView } from "../../src/preview/components/GridView";
import { PLAIN_LAYOUT, type SheetLayout } from "../../src/preview/grid/sheet-layout";
import { previewStrings } from "../../src/preview/preview-strings";
import { memoryView } from "./memory-view";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sheet: Grid = [
  ["Customers by region", "", ""],
  ["Customer", "Region", "Sales"],
  ["Contoso", "North", 10],
  ["Fabrikam", "South", 20],
  ["Litware", "North", 30],
];
// A1:C1 merged, column B hidden, row 2 30 pt tall (40 px), row 4 hidden, column C 48 pt wide (64 px),
// row 1 and column A frozen.
const layout: SheetLayout = {
  ...PLAIN_LAYOUT,
  mergedAreas: [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }],
  hiddenColumns: new Set([1]),
  rowHeights: [{ from: 1, count: 1, height: 30 }],
  hiddenRows: new Set([3]),
  columnWidths: new Map([[2, 48]]),
  frozenRows: 1,
  frozenColumns: 1,
};

function draw() {
  const { view, selects } = memoryView({ Customers: sheet }, {}, { Customers: layout });
  const { container } = render(<GridView view={view} strings={previewStrings("en-US")} />);
  const cell = (a: string) => container.querySelector<HTMLElement>(`[data-cell="${a}"]`);
  const address = () => (screen.getByTestId("preview-address") as HTMLInputElement).value;
  return { container, cell, selects, address, grid: screen.getByTestId("preview-grid") };
}

describe("the preview grid draws the sheet's layout as Excel does", () => {
  it("draws a merged area as one cell with its top-left cell's value, across the shown columns", () => {
    const { container, cell } = draw();
    const header = cell("A1")!;
    expect(header.textContent).toBe("Customers by region");
    expect(header.getAttribute("aria-colspan")).toBe("3");
    expect(cell("C1")).toBeNull();
    // A is frozen: the frozen pane draws the area up to the frozen line, the scrolling pane draws it whole
    // (A, hidden B, C at 48 pt) from under the frozen pane, as Excel draws an area across the line.
    expect(header.style.width).toBe("112px");
    const whole = container.querySelector<HTMLElement>('.preview-body-part .merged[aria-hidden="true"]')!;
    expect([whole.textContent, whole.style.left, whole.style.width]).toEqual([
      "Customers by region",
      "-112px",
      "176px",
    ]);
  });

  it("leaves hidden columns and rows out, and letters the columns as the sheet does", () => {
    const { container, cell } = draw();
    const letters = [...container.querySelectorAll(".preview-colhead")].map((h) => h.textContent);
    expect(letters.slice(0, 3)).toEqual(["A", "C", "D"]);
    expect(cell("B2")).toBeNull();
    expect(cell("A4")).toBeNull();
    expect(cell("A5")?.textContent).toBe("Litware");
  });

  it("draws a row at its own height and the rows below it after it", () => {
    const { container, cell } = draw();
    expect(cell("A2")!.style.height).toBe("40px");
    // Row 3 starts below the 22 px letters, row 1 (22 px) and row 2 (40 px).
    const row3 = container.querySelector<HTMLElement>('[role="row"][aria-rowindex="4"]')!;
    expect(row3.style.top).toBe(`${22 + 22 + 40}px`);
  });

  it("keeps the frozen row and column in the parts that stay in place", () => {
    const { container, cell } = draw();
    expect(container.querySelector(".preview-frozen-rows")?.contains(cell("A1"))).toBe(true);
    expect(cell("A3")!.closest(".preview-frozen-part")).not.toBeNull();
    expect(cell("C3")!.closest(".preview-frozen-part")).toBeNull();
  });

  it("selects the whole merged area for a click on it", () => {
    const { cell, selects } = draw();
    fireEvent.mouseDown(cell("A1")!);
    fireEvent.mouseUp(window);
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 0, column: 0, rowCount: 1, columnCount: 3 });
  });

  it("grows a drag or a Shift+arrow selection that touches part of a merged area to all of it", () => {
    const { cell, selects, grid, address } = draw();
    fireEvent.mouseDown(cell("A2")!);
    fireEvent.mouseEnter(cell("A1")!);
    fireEvent.mouseUp(window);
    expect(address()).toBe("A1:C2");
    fireEvent.mouseDown(cell("A3")!);
    fireEvent.mouseUp(window);
    fireEvent.keyDown(grid, { key: "ArrowUp", shiftKey: true }); // A2:A3
    fireEvent.keyDown(grid, { key: "ArrowUp", shiftKey: true }); // A1:A3 touches A1:C1
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 0, column: 0, rowCount: 3, columnCount: 3 });
  });

  it("moves the active cell over hidden columns and rows and over a merged area as one cell", () => {
    const { cell, grid, address } = draw();
    fireEvent.mouseDown(cell("A3")!);
    fireEvent.mouseUp(window);
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(address()).toBe("C3"); // B is hidden
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    expect(address()).toBe("C5"); // row 4 is hidden
    fireEvent.mouseDown(cell("A1")!);
    fireEvent.mouseUp(window);
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(address()).toBe("D1"); // past A1:C1
  });
});
