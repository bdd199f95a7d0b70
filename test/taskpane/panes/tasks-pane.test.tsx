/** @jest-environment jsdom */
/** The Tasks tab alone, on a store built for the test. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { TasksPane } from "../../../src/taskpane/panes/TasksPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers, sales 1..10: tiers A (10, 9), B (8–6), C (5–1) by the default 20/30/50.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const countRows = () =>
  within(screen.getByTestId("tasks-counts"))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.querySelector("td")?.textContent);

describe("the Tasks tab alone", () => {
  it("asks for tiers first when there are none", async () => {
    await renderWithStore(<TasksPane />, new StubHost(GRID));
    expect(screen.getByTestId("tasks-no-result")).toBeTruthy();
    expect(screen.queryByTestId("tasks-preview")).toBeNull();
  });

  it("plans tasks for every tier, and none for a tier that is unticked", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TasksPane />, new StubHost(GRID), { withSelection: true });
    fireEvent.change(screen.getByTestId("tasks-start"), { target: { value: "2025-01-06" } });
    expect(countRows()).toEqual(["Tier A", "Tier B", "Tier C"]);
    const count = (i: number) => Number(screen.getByTestId(`tasks-count-${i}`).textContent!.replace(/,/g, ""));
    expect(count(2)).toBeGreaterThan(0);
    const ab = count(0) + count(1);
    await user.click(screen.getByTestId("tasks-tier-2"));
    // Tier C keeps its row with no tasks; the total is A's and B's alone.
    expect(count(2)).toBe(0);
    expect(screen.getByTestId("tasks-total").textContent).toMatch(new RegExp(`\\b${ab}\\b`));
  });

  it("shows no plan while the horizon is not a number", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TasksPane />, new StubHost(GRID), { withSelection: true });
    expect(screen.getByTestId("tasks-preview")).toBeTruthy();
    await user.clear(screen.getByTestId("tasks-weeks"));
    await user.type(screen.getByTestId("tasks-weeks"), "abc");
    expect(screen.queryByTestId("tasks-preview")).toBeNull();
  });

  it("writes the task sheet", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<TasksPane />, host, { withSelection: true });
    await user.click(screen.getByTestId("tasks-write"));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].sheets.map((s) => s.key)).toEqual(["tasks"]);
  });
});

// The same ten customers with a type: odd-numbered ones B2B, even ones " b2c" (as typed, padded, lower case).
const TYPED: Grid = [
  ["Customer", "Type", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 === 0 ? "B2B" : " b2c", i + 1]),
];
const total = () => Number(screen.getByTestId("tasks-total").textContent!.replace(/\D/g, ""));

describe("the Tasks tab: a playbook for a category value", () => {
  it("adds a playbook for customers where Type is B2B, by keyboard, and the plan grows by its tasks", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TasksPane />, new StubHost(TYPED), { withSelection: true });
    fireEvent.change(screen.getByTestId("tasks-start"), { target: { value: "2025-01-06" } });
    const before = total();
    await user.selectOptions(screen.getByTestId("tasks-category-column"), "Type");
    // The column's values, compared as the playbooks compare them: " b2c" once, as first written (trimmed).
    const options = within(screen.getByTestId("tasks-category-value")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["—", "B2B", "b2c"]);
    await user.selectOptions(screen.getByTestId("tasks-category-value"), "B2B");
    expect((screen.getByTestId("tasks-category-starter") as HTMLSelectElement).value).toBe("follow-up");
    screen.getByTestId("tasks-category-add").focus();
    await user.keyboard("{Enter}");

    // 5 B2B customers (1, 3, 5, 7, 9), no rep, so staggered together across each month's working days; 13 weeks
    // from Mon 6 Jan 2025 end on Sun 6 Apr: the periods from 6 Jan, 6 Feb and 6 Mar hold every slot (the last
    // working day of the 6 Mar period is Fri 4 Apr); the period from Sun 6 Apr has no working day before 7 Apr.
    // So 3 follow-up calls each: 15 more tasks.
    expect(total()).toBe(before + 15);
    expect(countRows()).toEqual(["Tier A", "Tier B", "Tier C", "Type is B2B"]);
    expect(screen.getByTestId("tasks-count-3").textContent).toBe("15");
    expect(screen.getByTestId("tasks-playbook-customers-category-0").textContent).toBe(
      "Applies to 5 customers in the plan",
    );
    expect(screen.getByRole("group", { name: "Playbook for customers where Type is B2B" })).toBeTruthy();
    // The same value again (any case or width) is refused: the same playbook never twice.
    await user.selectOptions(screen.getByTestId("tasks-category-value"), "B2B");
    expect((screen.getByTestId("tasks-category-add") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("There is already a playbook for Type is B2B.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Remove the playbook for Type is B2B" }));
    expect(total()).toBe(before);
  });

  it("suggests the win-back call for Lost customers, in Chinese", async () => {
    const user = userEvent.setup();
    const grid: Grid = [
      ["客户", "生命周期", "销售额"],
      ["甲公司", "流失客户", 10],
      ["乙公司", "活跃客户", 5],
    ];
    await renderWithStore(<TasksPane />, new StubHost(grid), { withSelection: true, lang: "zh-CN" });
    await user.selectOptions(screen.getByTestId("tasks-category-column"), "生命周期");
    await user.selectOptions(screen.getByTestId("tasks-category-value"), "流失客户");
    const starter = screen.getByTestId("tasks-category-starter") as HTMLSelectElement;
    expect(starter.selectedOptions[0].textContent).toBe("流失客户挽回电话（适用于流失客户）");
    await user.click(screen.getByTestId("tasks-category-add"));
    const book = screen.getByRole("group", { name: "“生命周期”为“流失客户”的客户的任务方案" });
    expect((within(book).getByLabelText("标题") as HTMLInputElement).value).toBe("流失客户挽回电话");
  });
});
