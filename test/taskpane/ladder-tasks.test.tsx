/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { readTable } from "../../src/engine/table";
import { tierTable } from "../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../src/engine/scheme";
import { defaultPlaybooks, generateTasks } from "../../src/engine/tasks";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();

const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Ann" : "Bob", i + 1]),
];

describe("the Ladder tab", () => {
  it("shows the backward targets 100/50/20/10/5/3 for 3 deals and 140/70/28/14/7/4 for 4 (DESIGN.md)", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(GRID)} />);
    await openTab(user, "ladder");
    const targets = () => Array.from({ length: 6 }, (_, i) => screen.getByTestId(`ladder-target-${i}`).textContent);
    expect(targets()).toEqual(["100", "50", "20", "10", "5", "3"]);
    const deals = screen.getByLabelText("Deals to sign", { selector: "input:not([type=radio])" });
    await user.clear(deals);
    await user.type(deals, "4");
    expect(targets()).toEqual(["140", "70", "28", "14", "7", "4"]);
  });

  it("marks the bottleneck on the funnel when actual counts are entered", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(GRID)} />);
    await openTab(user, "ladder");
    // Step rates 0.5, 0.2, 0.5, 0.6, 0.67 against 0.5, 0.4, 0.5, 0.5, 0.6: First contact → Needs analysis
    // reaches only half its target rate, the lowest ratio.
    const actual = ["100", "50", "10", "5", "3", "2"];
    for (let i = 0; i < 6; i++) await user.type(screen.getByTestId(`ladder-actual-${i}`), actual[i]);
    const hot = within(screen.getByTestId("funnel-chart")).getByTestId("funnel-stage-1");
    expect(hot.getAttribute("data-bottleneck")).toBe("true");
    expect(screen.getByTestId("ladder-bottleneck").textContent).toContain("Bottleneck: First contact");
  });

  it("flags a rate above 100 % under its field", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(GRID)} />);
    await openTab(user, "ladder");
    const rate = screen.getByTestId("ladder-rate-0");
    await user.clear(rate);
    await user.type(rate, "150");
    expect(screen.getByText("Rate of “Lead preparation” must be between 0 and 100%.")).toBeTruthy();
  });

  it("writes the funnel sheet with the stage targets", async () => {
    const host = new StubHost(GRID);
    const user = userEvent.setup();
    render(<App host={host} />);
    await openTab(user, "ladder");
    await user.click(screen.getByTestId("ladder-write-funnel"));
    await screen.findByTestId("write-result");
    const cells = host.plans[0].sheets[0].blocks.flatMap((b) => b.values);
    const targets = cells.map((r) => r[1]).filter((v) => typeof v === "number");
    expect(targets.slice(0, 6)).toEqual([100, 50, 20, 10, 5, 3]);
  });
});

describe("reading actuals from a pipeline", () => {
  it("fills each stage with the deals that reached at least it, and names rows with unknown stages", async () => {
    const stages = ["Lead preparation", "First contact", "Needs analysis", "Proposal & quote", "Negotiation", "Signed"];
    // Current stages: 4 × lead, 3 × contact, 2 × needs, 1 × signed, plus one row with a stage not on the ladder.
    const current = [4, 3, 2, 0, 0, 1];
    const pipeline: Grid = [["Deal", "Stage"]];
    current.forEach((n, s) => {
      for (let k = 0; k < n; k++) pipeline.push([`Deal ${pipeline.length}`, stages[s]]);
    });
    pipeline.push(["Deal X", "Lost"]);
    const user = userEvent.setup();
    render(<App host={new StubHost(pipeline)} />);
    await openTab(user, "ladder");
    await user.click(screen.getByTestId("ladder-read-actuals"));
    // Reached at least each stage = sums of current counts from that stage on: 10, 6, 3, 1, 1, 1.
    const shown = Array.from(
      { length: 6 },
      (_, i) => (screen.getByTestId(`ladder-actual-${i}`) as HTMLInputElement).value,
    );
    expect(shown).toEqual(["10", "6", "3", "1", "1", "1"]);
    // "Lost" is on grid row 11 → sheet row 12.
    expect(screen.getByTestId("ladder-unknown-stages").textContent).toContain("12 (Lost)");
  });
});

describe("the Tasks tab", () => {
  it("previews the engine's task counts per tier and per owner, and writes the tasks sheet", async () => {
    const host = new StubHost(GRID);
    const user = await previewTiers(host);
    await openTab(user, "tasks");
    const start = screen.getByTestId("tasks-start");
    await user.clear(start);
    await user.type(start, "2025-01-06");
    const weeks = screen.getByTestId("tasks-weeks");
    await user.clear(weeks);
    await user.type(weeks, "4");

    // The same computation straight through the engine: rank-share tiers, reps as owners.
    const result = tierTable(readTable(GRID), defaultScheme()).result;
    const list = generateTasks({
      customers: Array.from(result.tier, (t, i) => ({
        name: `Customer ${i + 1}`,
        tier: result.labels[t],
        owner: i % 2 ? "Ann" : "Bob",
      })),
      playbooks: defaultPlaybooks(result.labels),
      start: new Date(Date.UTC(2025, 0, 6)),
      weeks: 4,
      lang: "en-US",
    });
    expect(screen.getByTestId("tasks-total").textContent).toBe(`${list.length} tasks`);
    const perOwner = new Map<string, number>();
    for (let i = 0; i < list.length; i++)
      perOwner.set(list.owners[list.owner[i]], (perOwner.get(list.owners[list.owner[i]]) ?? 0) + 1);
    const shown = new Map<string, number>();
    for (let i = 0; i < perOwner.size; i++) {
      const row = screen.getByTestId(`tasks-owner-${i}`);
      shown.set(
        row.querySelector("td")!.textContent!,
        Number(screen.getByTestId(`tasks-owner-count-${i}`).textContent),
      );
    }
    expect(shown).toEqual(perOwner);

    await user.click(screen.getByTestId("tasks-write"));
    await screen.findByTestId("write-result");
    const sheet = host.plans[0].sheets.find((s) => s.key === "tasks")!;
    expect(sheet.tables[0].rows).toHaveLength(list.length);
  });

  it("shows each tier's playbook with editable titles", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(GRID)} />);
    await openTab(user, "tasks");
    const title = within(screen.getByRole("group", { name: "Task 1 for tier A" })).getByLabelText(
      "Title",
    ) as HTMLInputElement;
    expect(title.value).toBe("Monthly on-site visit");
    await user.clear(title);
    await user.type(title, "Visit");
    expect(
      (within(screen.getByRole("group", { name: "Task 1 for tier A" })).getByLabelText("Title") as HTMLInputElement)
        .value,
    ).toBe("Visit");
  });
});
