/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelHost } from "../../src/host/excel";
import { createFakeExcel } from "../../src/host/fake-excel";
import { App } from "../../src/taskpane/App";
import { installPolyfills } from "./support/polyfills";

installPolyfills();

/** The pane on the real host code over the fake Excel at a given ExcelApi version. */
function open(version: string, language: "en-US" | "zh-CN" = "en-US") {
  const fake = createFakeExcel({
    sheets: [
      {
        name: "Data",
        grid: [
          ["Customer", "Sales"],
          ["Acme", 1],
        ],
      },
    ],
    requirementSets: { ExcelApi: version },
  });
  render(<App host={createExcelHost(fake.env)} language={language} />);
}

describe("the pane says what this Excel cannot do, at start", () => {
  it("below ExcelApi 1.7 (the manifest's minimum) says TierLadder cannot work here", () => {
    open("1.6");
    expect(screen.getByTestId("requirements-too-old").textContent).toContain(
      "needs version 1.7 of the Excel JavaScript API",
    );
    expect(screen.queryByTestId("requirements-limited")).toBeNull();
    // Nothing to press that would fail later: no steps are offered.
    expect(screen.queryByTestId("app-tabs")).toBeNull();
    expect(screen.queryByTestId("data-use-selection")).toBeNull();
  });

  it("at 1.8 lists what is left out (charts, print layout, tables in the selection, table resize), and can be dismissed", async () => {
    open("1.8");
    const bar = screen.getByTestId("requirements-limited");
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("data-testid")),
    ).toEqual([
      "requirements-paretoFunnelCharts",
      "requirements-printLayout",
      "requirements-tablesInSelection",
      "requirements-tableResize",
    ]);
    expect(screen.queryByTestId("requirements-movement")).toBeNull();
    await userEvent.setup().click(screen.getByTestId("requirements-dismiss"));
    expect(screen.queryByTestId("requirements-limited")).toBeNull();
  });

  it("says it in Chinese too", () => {
    open("1.4", "zh-CN");
    expect(screen.getByTestId("requirements-too-old").textContent).toContain("Excel JavaScript API 1.7 版");
  });

  it("lists tier movement among the features left out when only custom XML parts are missing", () => {
    // No Excel has 1.7 without 1.5; an env that answers so shows the message the store's fallback relies on.
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const host = createExcelHost({ ...fake.env, isSetSupported: (name, v) => name === "ExcelApi" && v !== "1.5" });
    render(<App host={host} language="zh-CN" />);
    expect(screen.getByTestId("requirements-movement").textContent).toBe(
      "不记录两次运行之间的层级变动（需要 Excel JavaScript API 1.5 版）。",
    );
  });

  it("shows nothing where everything is supported", () => {
    open("1.13");
    expect(screen.getByTestId("app-tabs")).toBeTruthy();
    expect(screen.queryByTestId("requirements-limited")).toBeNull();
    expect(screen.queryByTestId("requirements-too-old")).toBeNull();
  });
});
