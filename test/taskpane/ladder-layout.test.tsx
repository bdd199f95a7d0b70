/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
// Each test drives the whole pane: several seconds on a shared CI machine.
jest.setTimeout(20000);

const HEADERS = {
  "en-US": ["Stage", "Rate to next %", "Days", "Actual", "Move or remove"],
  "zh-CN": ["阶段", "转化率（到下一阶段）%", "阶段周期（天）", "实际数量", "上移或删除"],
} as const;

async function openLadder(lang: "en-US" | "zh-CN") {
  const user = userEvent.setup();
  render(
    <App
      host={
        new StubHost([
          ["Customer", "Sales"],
          ["a", 1],
        ])
      }
      language={lang}
    />,
  );
  await openTab(user, "ladder");
  return user;
}

describe.each(["en-US", "zh-CN"] as const)("the Ladder tab's layout (%s)", (lang) => {
  it("asks for the target first, then edits the stages as one compact table (name, rate, days, actual)", async () => {
    await openLadder(lang);
    const table = screen.getByTestId("ladder-stage-table");
    // The target and the close-by date come before the stages in the pane (document order).
    for (const id of ["ladder-target-kind", "ladder-deals", "ladder-close-by"]) {
      expect(screen.getByTestId(id).compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(HEADERS[lang]);
    // One row per stage of the seed ladder, its inputs side by side; the last stage has no rate.
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    expect(
      within(rows[0])
        .getAllByRole("textbox")
        .map((x) => x.getAttribute("data-testid")),
    ).toEqual(["ladder-name-0", "ladder-rate-0", "ladder-duration-0", "ladder-actual-0"]);
    expect(
      within(rows[5])
        .getAllByRole("textbox")
        .map((x) => x.getAttribute("data-testid")),
    ).toEqual(["ladder-name-5", "ladder-duration-5", "ladder-actual-5"]);
    expect((screen.getByTestId("ladder-name-5") as HTMLInputElement).value).toBe(
      lang === "en-US" ? "Signed" : "签约实施",
    );
  });

  it("flags a close-by date and start-by dates in the past, and nothing when they are ahead", async () => {
    await openLadder(lang);
    fireEvent.change(screen.getByTestId("ladder-close-by"), { target: { value: "2020-03-31" } });
    expect(screen.getByTestId("ladder-close-by-past").textContent).toBe(
      lang === "en-US" ? "This date is in the past." : "该日期已过。",
    );
    // Every stage of a ladder closing in 2020 should have started in 2020: all six are flagged.
    expect(Array.from({ length: 6 }, (_, i) => screen.queryByTestId(`ladder-start-past-${i}`) !== null)).toEqual(
      Array(6).fill(true),
    );
    fireEvent.change(screen.getByTestId("ladder-close-by"), { target: { value: "2099-12-31" } });
    expect(screen.queryByTestId("ladder-close-by-past")).toBeNull();
    expect(screen.queryAllByTestId(/^ladder-start-past-/)).toHaveLength(0);
  });

  it("stops a weekly split at the close-by date", async () => {
    const user = await openLadder(lang);
    const deals = screen.getByTestId("ladder-deals");
    await user.clear(deals);
    await user.type(deals, "43");
    // Close by Wednesday 2025-02-12. Q1 2025 begins on Wednesday 1 January; weeks start on Monday (ISO 8601):
    // Jan 1–5 (5 days), the weeks of Jan 6, 13, 20, 27 and Feb 3 (7 days each), Feb 10–12 (3 days) = 43 days.
    // 43 deals by days → 5, 7, 7, 7, 7, 7, 3; no week after the close-by date (the whole quarter had 14 weeks).
    fireEvent.change(screen.getByTestId("ladder-close-by"), { target: { value: "2025-02-12" } });
    await user.selectOptions(screen.getByTestId("ladder-alloc-by"), "periods");
    await user.selectOptions(screen.getByTestId("ladder-period-unit"), "week");
    const rows = within(screen.getByTestId("ladder-allocation")).getAllByTestId(/^ladder-alloc-row-/);
    expect(rows.map((r) => r.textContent)).toEqual([
      "2025-01-015",
      "2025-01-067",
      "2025-01-137",
      "2025-01-207",
      "2025-01-277",
      "2025-02-037",
      "2025-02-103",
    ]);
  });
});
