/** @jest-environment jsdom */
/** Re-run of a scheme made on a customer list joined with its order history: both ranges are read again. */
import { act, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { requestRerun } from "../../../src/commands/rerun-request";
import type { Scheme } from "../../../src/engine/scheme";
import type { SelectionRead } from "../../../src/host/host-api";
import { installPolyfills } from "../support/polyfills";
import { StubHost } from "../support/stub-host";
import { AS_OF, CUSTOMERS, LIFECYCLE_BY_HAND, ORDER_FORMATS, ORDERS } from "./fixtures";

installPolyfills();

const HISTORY_ADDRESS = "Orders!A1:C6";
// Lifecycle on the joined table: its first and last order dates are the join's columns 2 + 2 and 2 + 3.
const SCHEME: Scheme = {
  version: 1,
  source: {
    kind: "customers",
    columns: {},
    asOf: AS_OF,
    history: { sheet: "Orders", address: HISTORY_ADDRESS, columns: { customer: 0, amount: 2, date: 1 } },
  },
  method: { kind: "lifecycle", first: 4, last: 5 },
  tiers: { labels: ["Never purchased", "New", "Active", "At risk", "Lost"], shares: [] },
  outputs: ["tierColumns"],
};

const ordersRead: SelectionRead = {
  address: HISTORY_ADDRESS,
  sheet: "Orders",
  top: 0,
  left: 0,
  grid: ORDERS,
  numberFormats: ORDER_FORMATS,
  hiddenRows: [],
};

describe("re-running a scheme with an order history", () => {
  it("reads the order history again where the scheme says and grades the selection's customers with it", async () => {
    const host = new StubHost(CUSTOMERS);
    host.settings.set("scheme", SCHEME);
    host.ranges.set(HISTORY_ADDRESS, ordersRead);
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    await screen.findByTestId("write-result");
    expect(host.readRanges).toEqual([{ ...SCHEME.source.history }]);
    expect(host.plans).toHaveLength(1);
    // By hand (fixtures.ts): Acme New, bolt At risk, Ｃａｒａ Lost, Dee Never purchased.
    expect(host.plans[0].columns[0].rows.map((r) => r[0])).toEqual(LIFECYCLE_BY_HAND);
    // The tier columns go beside the customer list's own two columns, not after the joined ones.
    expect(host.plans[0].columns[0].firstColumn).toBe(2);
  });

  it("writes nothing and says why on the Data tab when the order history cannot be read", async () => {
    const host = new StubHost(CUSTOMERS);
    host.settings.set("scheme", SCHEME);
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    expect((await screen.findByTestId("data-history-error")).textContent).toContain("Orders!A1:C6");
    expect(host.plans).toHaveLength(0);
  });
});
