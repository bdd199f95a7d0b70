/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { readTable } from "../../../src/engine/table";
import { sampleCustomers } from "../../../src/engine/sample";
import { stopTierWorker } from "../../../src/taskpane/preview-worker/tier-worker-start";
import { OFF_THREAD_ROWS } from "../../../src/taskpane/store/use-preview";
import { openTab } from "../support/open-tab";
import { installPolyfills } from "../support/polyfills";
import { StubHost } from "../support/stub-host";
import { WorkerStandIn } from "../support/worker-stand-in";

installPolyfills();

// A customer list just past the size tiered off the page's thread (sample-customers.ts: Sales is column 4).
const GRID = sampleCustomers(OFF_THREAD_ROWS + 10, 3);
const started: WorkerStandIn[] = [];

beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = class extends WorkerStandIn {
    constructor(url: URL) {
      super(url);
      started.push(this);
    }
  };
});
afterAll(() => {
  stopTierWorker();
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe(`a customer list of ${OFF_THREAD_ROWS.toLocaleString("en-US")} rows or more`, () => {
  it("is tiered in the tier worker, with a progress bar until the new tiers arrive, and writes the tiers shown", async () => {
    const host = new StubHost(GRID);
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-address");
    await openTab(user, "tiers");
    // The first preview waits for the table to reach the worker (in parts) and for its first run.
    await screen.findByTestId("tier-table", {}, { timeout: 60_000 });
    expect(started).toHaveLength(1);
    expect(started[0].url?.pathname).toMatch(/\/tier-worker\.js$/);
    const labels = screen.getByTestId("tiers-labels");
    started[0].hold();
    await user.clear(labels);
    await user.type(labels, "Gold, Silver, Bronze");
    // While the worker works, the previous tiers stay shown under a progress bar.
    expect(screen.getByTestId("tiers-preview-pending")).toBeTruthy();
    expect(screen.getByTestId("tier-label-0").textContent).toBe("A");
    // Written now, while the worker still works: the tiers written are the new scheme's, worked out in place.
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result", {}, { timeout: 30_000 });
    const written = host.plans[0].columns[0].rows.map((r) => r[0]);
    // Every tiered row under the new names (the sample's unreadable sales cells stay blank, as in place).
    expect([...new Set(written)].filter((x) => x !== null).sort()).toEqual(["Bronze", "Gold", "Silver"]);
    expect(written).toHaveLength(readTable(GRID).rows.length);

    started[0].release();
    await openTab(user, "tiers");
    await waitFor(() => expect(screen.queryByTestId("tiers-preview-pending")).toBeNull(), { timeout: 30_000 });
    expect(screen.getByTestId("tier-label-0").textContent).toBe("Gold");
    // A burst of keystrokes cost far fewer runs than keys (the latest replaces the waiting one).
    expect(started[0].runs()).toBeLessThan("Gold, Silver, Bronze".length);
    expect(started[0].messages.filter((m) => m.kind === "table")).toHaveLength(1);
  }, 120_000);
});
