/** @jest-environment jsdom */
/** The Data tab's second selection: "Add order history", pick the orders, "Use as order history", the join's report. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DataPane } from "../../../src/taskpane/panes/DataPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";
import { CUSTOMERS, ORDERS } from "./fixtures";

installPolyfills();

async function addHistory(lang: "en-US" | "zh-CN" = "en-US") {
  const user = userEvent.setup();
  const host = new StubHost(CUSTOMERS, lang);
  await renderWithStore(<DataPane />, host, { withSelection: true, lang });
  await user.click(screen.getByTestId("data-history-add"));
  // The user selects the order list on its sheet; the pane must not take it for the customer list.
  host.sheet = "Orders";
  host.select(ORDERS);
  await user.click(screen.getByTestId("data-history-use"));
  await screen.findByTestId("data-history-address");
  return { user, host };
}

describe("adding the order history on the Data tab", () => {
  it("asks for the order list and stops following the selection while it is picked", async () => {
    const user = userEvent.setup();
    const host = new StubHost(CUSTOMERS);
    await renderWithStore(<DataPane />, host, { withSelection: true });
    await user.click(screen.getByTestId("data-follow"));
    await user.click(screen.getByTestId("data-history-add"));
    expect(screen.getByTestId("data-history-hint").textContent).toContain("Select the order list");
    expect((screen.getByTestId("data-follow") as HTMLInputElement).checked).toBe(false);
    host.select(ORDERS);
    // Still the customer list: 4 rows, read from Sheet1.
    expect(screen.getByTestId("data-counts").textContent).toBe("4 rows, 4 customers");
    await user.click(screen.getByTestId("data-history-cancel"));
    expect(screen.queryByTestId("data-history-hint")).toBeNull();
  });

  it("joins on trimmed, case- and width-folded names and reports both kinds of unmatched customers", async () => {
    await addHistory();
    expect(screen.getByTestId("data-history-address").textContent).toBe("Order history from Orders!A1:C6");
    // 5 lines; Acme, bolt and Ｃａｒａ match (3 of 4); Dee has none; Zeta is only in the orders (sheet row 6).
    expect(screen.getByTestId("data-history-counts").textContent).toBe("5 order lines; 3 of 4 customers have orders.");
    expect(screen.getByTestId("data-history-unmatched").textContent).toBe("Zeta (rows 6)");
    expect(screen.getByTestId("data-history-no-orders").textContent).toBe("Dee (row 5)");
    // The guessed columns of the orders: customer A, amount C, date B.
    expect((screen.getByTestId("data-history-customer") as HTMLSelectElement).value).toBe("0");
    expect((screen.getByTestId("data-history-amount") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByTestId("data-history-date") as HTMLSelectElement).value).toBe("1");
    // The as-of date the days are counted to is asked for, as for an order list.
    expect(screen.getByTestId("data-as-of")).toBeTruthy();
  });

  it("adds the customers found only in the orders when asked", async () => {
    const { user } = await addHistory();
    expect(screen.getByTestId("data-counts").textContent).toBe("4 rows, 4 customers");
    await user.click(screen.getByTestId("data-history-add-unmatched"));
    expect(screen.getByTestId("data-counts").textContent).toBe("4 rows, 5 customers");
  });

  it("says which column is missing when the order list has no date column, and lets the user choose one", async () => {
    const user = userEvent.setup();
    const host = new StubHost(CUSTOMERS);
    await renderWithStore(<DataPane />, host, { withSelection: true });
    await user.click(screen.getByTestId("data-history-add"));
    host.select(ORDERS.map((r, i) => [r[0], i === 0 ? "When" : String(r[1]), r[2]]));
    await user.click(screen.getByTestId("data-history-use"));
    expect((await screen.findByTestId("data-table-error")).textContent).toContain(
      "needs a Customer, an Amount and a Date column",
    );
    await user.selectOptions(screen.getByTestId("data-history-date"), "1");
    expect(screen.queryByTestId("data-table-error")).toBeNull();
  });

  it("is removed with Remove order history, and the customer list stands alone again", async () => {
    const { user } = await addHistory();
    await user.click(screen.getByTestId("data-history-remove"));
    expect(screen.queryByTestId("data-history-address")).toBeNull();
    expect(screen.queryByTestId("data-as-of")).toBeNull();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    await addHistory("zh-CN");
    expect(screen.getByTestId("data-history-counts").textContent).toBe("共 5 行订单；4 位客户中有 3 位有订单。");
    expect(screen.getByTestId("data-history-no-orders").textContent).toBe("Dee（第 5 行）");
  });
});
