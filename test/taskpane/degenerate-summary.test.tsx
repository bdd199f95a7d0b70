/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();

const ZEROS: Grid = [
  ["Customer", "Sales"],
  ["P", 0],
  ["Q", 0],
  ["R", 0],
];
// Three values of 1e308 add up past Number.MAX_VALUE (≈ 1.8e308): the sum is Infinity.
const HUGE: Grid = [
  ["Customer", "Sales"],
  ["P", 1e308],
  ["Q", 1e308],
  ["R", 1e308],
];
const HEADER_ONLY: Grid = [["Customer", "Sales"]];

async function open(grid: Grid, lang: string) {
  const host = new StubHost(grid, lang);
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  await openTab(user, "tiers");
  return { host, user };
}

async function writeSummary(grid: Grid, lang: string) {
  const { host, user } = await open(grid, lang);
  const warning = screen.getByTestId("tiers-data-problem").textContent;
  await openTab(user, "write");
  await user.click(screen.getByTestId("write-button"));
  const error = (await screen.findByTestId("write-error")).textContent ?? "";
  expect(host.plans).toHaveLength(0);
  expect(error).not.toMatch(/NaN|Infinity/);
  return { warning, error };
}

describe("a summary from data that cannot be shared out says what is wrong with the data", () => {
  it("all values 0 (en)", async () => {
    const { warning, error } = await writeSummary(ZEROS, "en-US");
    const text =
      "All 3 tiered customers have a value of 0, so there is no value to share out between the tiers. Check that the value column is the right one.";
    expect(warning).toBe(text);
    expect(error).toContain(text);
  });

  it("all values 0 (zh)", async () => {
    const { error } = await writeSummary(ZEROS, "zh-CN");
    expect(error).toContain("已分层的 3 个客户金额都是 0，没有可在各层之间分配的金额。");
  });

  it("values of 1e308 (en)", async () => {
    const { error } = await writeSummary(HUGE, "en-US");
    expect(error).toContain("The values add up to more than Excel can hold, so shares of value cannot be computed.");
  });

  it("values of 1e308 (zh)", async () => {
    const { error } = await writeSummary(HUGE, "zh-CN");
    expect(error).toContain("金额合计超出了 Excel 能表示的范围，无法计算金额占比。");
  });

  it("a header-only selection (en)", async () => {
    await open(HEADER_ONLY, "en-US");
    expect(screen.getByTestId("tiers-value-error").textContent).toBe(
      "The selection has a header row but no data under it. Select the list with its rows of data.",
    );
  });

  it("a header-only selection (zh)", async () => {
    await open(HEADER_ONLY, "zh-CN");
    expect(screen.getByTestId("tiers-value-error").textContent).toBe(
      "所选区域只有标题行，下方没有数据。请选中包含数据行的列表。",
    );
  });
});
