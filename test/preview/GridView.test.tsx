/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { GridView } from "../../src/preview/components/GridView";
import { previewStrings } from "../../src/preview/preview-strings";
import { memoryView } from "./memory-view";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function customers(n: number): Grid {
  const g: Grid = [["Customer", "Region", "Sales"]];
  for (let i = 1; i <= n; i++) g.push([`Customer ${i}`, i % 2 ? "North" : "South", i * 10]);
  return g;
}

const en = previewStrings("en-US");

describe("the preview's grid view of the in-memory workbook", () => {
  it("renders only a window of rows for a 500-customer sheet", () => {
    const { view } = memoryView({ Customers: customers(500) });
    const { container } = render(<GridView view={view} strings={en} />);
    const rows = container.querySelectorAll(".preview-row:not(.preview-colheads)");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60); // 501 data rows exist; a window of ~27 + overscan is drawn
    expect(container.querySelector('[data-cell="A1"]')?.textContent).toBe("Customer");
    expect(container.querySelector('[data-cell="C2"]')?.textContent).toBe("10");
  });

  it("selects a cell on click and a block on shift-click, and reports it to the workbook", () => {
    const { view, selects } = memoryView({ Customers: customers(50) });
    const { container } = render(<GridView view={view} strings={en} />);
    const cell = (a: string) => container.querySelector(`[data-cell="${a}"]`) as HTMLElement;
    fireEvent.mouseDown(cell("A1"));
    fireEvent.mouseUp(window);
    fireEvent.mouseDown(cell("C11"), { shiftKey: true });
    fireEvent.mouseUp(window);
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 0, column: 0, rowCount: 11, columnCount: 3 });
    expect((screen.getByTestId("preview-address") as HTMLInputElement).value).toBe("A1:C11");
    expect(cell("B5").getAttribute("aria-selected")).toBe("true");
    expect(cell("D5").getAttribute("aria-selected")).toBe("false");
  });

  it("selects a block by dragging across cells", () => {
    const { view, selects } = memoryView({ Customers: customers(50) });
    const { container } = render(<GridView view={view} strings={en} />);
    const cell = (a: string) => container.querySelector(`[data-cell="${a}"]`) as HTMLElement;
    fireEvent.mouseDown(cell("B2"));
    fireEvent.mouseEnter(cell("C3"));
    fireEvent.mouseEnter(cell("C4"));
    fireEvent.mouseUp(window);
    expect(selects).toEqual([{ sheet: "Customers", row: 1, column: 1, rowCount: 3, columnCount: 2 }]);
  });

  it("extends the selection with shift+arrow keys from the anchor", () => {
    const { view, selects } = memoryView({ Customers: customers(50) });
    render(<GridView view={view} strings={en} />);
    const grid = screen.getByTestId("preview-grid");
    fireEvent.keyDown(grid, { key: "ArrowDown" }); // A1 → A2
    fireEvent.keyDown(grid, { key: "ArrowRight", shiftKey: true }); // A2:B2
    fireEvent.keyDown(grid, { key: "ArrowDown", shiftKey: true }); // A2:B3
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 1, column: 0, rowCount: 2, columnCount: 2 });
  });

  it("selects the range typed in the address box, on another sheet too", () => {
    const { view, selects } = memoryView({ Customers: customers(500), Orders: [["Customer", "Amount"]] });
    render(<GridView view={view} strings={en} />);
    const box = screen.getByTestId("preview-address");
    fireEvent.change(box, { target: { value: "A1:C501" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 0, column: 0, rowCount: 501, columnCount: 3 });
    fireEvent.change(box, { target: { value: "Orders!B1" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(view.activeSheet()).toBe("Orders");
    expect(selects.at(-1)).toEqual({ sheet: "Orders", row: 0, column: 1, rowCount: 1, columnCount: 1 });
  });

  it("says what is wrong with an address it cannot read", () => {
    const { view, selects } = memoryView({ Customers: customers(5) });
    render(<GridView view={view} strings={en} />);
    const box = screen.getByTestId("preview-address");
    fireEvent.change(box, { target: { value: "sales" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(screen.getByTestId("preview-address-error").textContent).toBe(
      "“sales” is not a cell or range address. Type one like B2 or A1:H501.",
    );
    fireEvent.change(box, { target: { value: "Nope!A1" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(screen.getByTestId("preview-address-error").textContent).toBe("There is no sheet called “Nope”.");
    expect(selects).toEqual([]);
  });

  it("switches sheets from the tabs and shows the new sheet's cells", () => {
    const { view } = memoryView({
      Customers: customers(5),
      Orders: [
        ["Order", "Amount"],
        ["O-1", 99],
      ],
    });
    const { container } = render(<GridView view={view} strings={en} />);
    fireEvent.click(screen.getByRole("tab", { name: "Orders" }));
    expect(screen.getByRole("tab", { name: "Orders" }).getAttribute("aria-selected")).toBe("true");
    expect(container.querySelector('[data-cell="B2"]')?.textContent).toBe("99");
  });

  it("follows writes to the workbook", () => {
    const g = customers(3);
    const { view } = memoryView({ Customers: g });
    const { container } = render(<GridView view={view} strings={en} />);
    act(() => {
      g[1][2] = 12345;
      view.activate("Customers");
    });
    expect(container.querySelector('[data-cell="C2"]')?.textContent).toBe("12345");
  });

  it("draws the sheet's charts with their titles and data as text", () => {
    const { view } = memoryView(
      { Funnel: [["Stage", "Target"]] },
      {
        Funnel: [
          {
            kind: "funnel",
            title: "Sales funnel",
            categories: ["Leads", "Signed"],
            series: [{ name: "Target", values: [100, 3] }],
          },
        ],
      },
    );
    render(<GridView view={view} strings={en} />);
    const fig = screen.getByTestId("preview-chart-funnel");
    expect(within(fig).getByText("Sales funnel")).toBeTruthy();
    expect(fig.querySelectorAll("rect")).toHaveLength(2);
    expect(fig.textContent).toContain("Leads: 100; Signed: 3");
  });

  it("takes a selection made elsewhere as the new anchor, so shift+arrows extend it from there", () => {
    const { view, selects } = memoryView({ Customers: customers(50) });
    render(<GridView view={view} strings={en} />);
    const box = screen.getByTestId("preview-address");
    fireEvent.change(box, { target: { value: "B3:C4" } });
    fireEvent.keyDown(box, { key: "Enter" });
    fireEvent.keyDown(screen.getByTestId("preview-grid"), { key: "ArrowDown", shiftKey: true }); // B3:C4 → B3:C5
    expect(selects.at(-1)).toEqual({ sheet: "Customers", row: 2, column: 1, rowCount: 3, columnCount: 2 });
    expect((box as HTMLInputElement).value).toBe("B3:C5");
  });

  it("replaces a half-typed address with the new selection's", () => {
    const { view } = memoryView({ Customers: customers(5) });
    const { container } = render(<GridView view={view} strings={en} />);
    const box = screen.getByTestId("preview-address") as HTMLInputElement;
    fireEvent.change(box, { target: { value: "B" } });
    fireEvent.mouseDown(container.querySelector('[data-cell="C2"]') as HTMLElement);
    fireEvent.mouseUp(window);
    expect(box.value).toBe("C2");
  });

  it("starts a newly shown sheet at its top row", () => {
    const { view } = memoryView({ Customers: customers(500), Orders: [["Order", "Amount"]] });
    const { container } = render(<GridView view={view} strings={en} />);
    const grid = screen.getByTestId("preview-grid");
    grid.scrollTop = 22 * 300;
    fireEvent.scroll(grid);
    expect(container.querySelector('[data-cell="A1"]')).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Orders" }));
    expect(container.querySelector('[data-cell="A1"]')?.textContent).toBe("Order");
  });
});
