/** @jest-environment jsdom */
/** The Data tab alone, on a store built for the test (no App, no tabs). */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { DataPane } from "../../../src/taskpane/panes/DataPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers at B3 (top 2, left 1): the stub host's address is Sheet1!B3:C13.
const CUSTOMERS: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
// Five order lines of two customers: customer, amount and date columns make it an order list.
const ORDERS: Grid = [
  ["Customer", "Amount", "Order date"],
  ["Acme", 10, "2025-01-02"],
  ["Acme", 5, "2025-02-03"],
  ["Bolt", 7, "2025-01-09"],
  ["Bolt", 1, "2025-03-01"],
  ["Acme", 2, "2025-03-02"],
];

describe("the Data tab alone", () => {
  it("reads the selection on Use selection: where from, rows and customers", async () => {
    const user = userEvent.setup();
    await renderWithStore(<DataPane />, new StubHost(CUSTOMERS, "en-US", "Sheet1", 2, 1));
    expect(screen.getByTestId("data-empty")).toBeTruthy();
    await user.click(screen.getByTestId("data-use-selection"));
    expect((await screen.findByTestId("data-address")).textContent).toBe("Read from Sheet1!B3:C13");
    expect(screen.getByTestId("data-counts").textContent).toBe("10 rows, 10 customers");
    expect(screen.queryByTestId("data-empty")).toBeNull();
  });

  it("sums an order list per customer (5 order lines, 2 customers) and asks for the as-of date", async () => {
    await renderWithStore(<DataPane />, new StubHost(ORDERS), { withSelection: true });
    expect(screen.getByTestId("data-counts").textContent).toBe("5 rows, 2 customers");
    expect((screen.getByTestId("data-kind-orders") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("data-as-of")).toBeTruthy();
  });

  it("follows the selection while the switch is on, and stops listening when it is off", async () => {
    const user = userEvent.setup();
    const host = new StubHost(CUSTOMERS);
    await renderWithStore(<DataPane />, host, { withSelection: true });
    expect(host.listenerCount).toBe(0);
    await user.click(screen.getByTestId("data-follow"));
    expect(host.listenerCount).toBe(1);
    host.select(CUSTOMERS.slice(0, 4));
    await waitFor(() => expect(screen.getByTestId("data-counts").textContent).toBe("3 rows, 3 customers"));
    await user.click(screen.getByTestId("data-follow"));
    expect(host.listenerCount).toBe(0);
  });

  it("clears what was read when a read fails, and says why", async () => {
    const user = userEvent.setup();
    const host = new StubHost(CUSTOMERS);
    await renderWithStore(<DataPane />, host, { withSelection: true });
    expect(screen.getByTestId("data-summary")).toBeTruthy();
    host.readError = new Error("The workbook is busy");
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-error");
    expect(screen.queryByTestId("data-summary")).toBeNull();
  });

  it("changes a column's role: a value column set to Other leaves the table with no value column", async () => {
    const user = userEvent.setup();
    await renderWithStore(<DataPane />, new StubHost(CUSTOMERS), { withSelection: true });
    const select = screen.getByTestId("data-role-1") as HTMLSelectElement;
    expect(select.value).toBe("value");
    await user.selectOptions(select, "other");
    expect((screen.getByTestId("data-role-1") as HTMLSelectElement).value).toBe("other");
  });
});
