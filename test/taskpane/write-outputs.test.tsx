/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { defaultScheme } from "../../src/engine/scheme";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

// Ten customers, sales 1..10.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const ALL = ["tierColumns", "summary", "tasks", "funnel"] as const;
const ticked = () => ALL.filter((k) => (screen.getByTestId(`write-output-${k}`) as HTMLInputElement).checked);

async function writeAllThenChangeShares(host: StubHost) {
  const user = await previewTiers(host);
  await openTab(user, "write");
  for (const k of ["tasks", "funnel"]) await user.click(screen.getByTestId(`write-output-${k}`));
  expect(ticked()).toEqual([...ALL]);
  await user.click(screen.getByTestId("write-button"));
  await screen.findByTestId("write-result");
  await openTab(user, "tiers");
  const shares = screen.getByTestId("tiers-shares");
  await user.clear(shares);
  await user.type(shares, "10, 30, 60");
  await openTab(user, "write");
  return user;
}

describe("the Write tab remembers the outputs chosen", () => {
  it("keeps all four ticked across tabs, saves them with the scheme and flags tier outputs written with the old tiers (en)", async () => {
    const host = new StubHost(GRID);
    const user = await writeAllThenChangeShares(host);
    expect(ticked()).toEqual([...ALL]);
    expect((host.settings.get("scheme") as { outputs?: string[] }).outputs).toEqual([...ALL]);
    expect(screen.getByTestId("write-stale").textContent).toBe(
      "Written with the earlier tiers: Tier columns next to the data, Summary sheet with Pareto chart, Tasks sheet. Tick them and write again so they match the tiers now shown.",
    );

    // Writing again refreshes them together: the tasks sheet now follows the new tiers (10/30/60 of 1..10 → only customer 10 is A).
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    expect(screen.queryByTestId("write-stale")).toBeNull();
    const tasks = host.plans[1].sheets.find((s) => s.key === "tasks")!;
    const aCustomers = new Set(tasks.tables[0].rows.filter((r) => r[1] === "A").map((r) => r[0]));
    expect([...aCustomers]).toEqual(["Customer 10"]);
  });

  it("flags outputs written with the old tiers (zh)", async () => {
    await writeAllThenChangeShares(new StubHost(GRID, "zh-CN"));
    expect(screen.getByTestId("write-stale").textContent).toContain("以下输出是按之前的分层结果写入的：");
  });

  it("starts with the outputs saved in the workbook", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", { ...defaultScheme(), outputs: ["summary", "tasks"] });
    const user = userEvent.setup();
    render(<App host={host} />);
    await openTab(user, "write");
    expect(ticked()).toEqual(["summary", "tasks"]);
  });
});
