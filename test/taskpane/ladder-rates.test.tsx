/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

const GRID: Grid = [
  ["Customer", "Sales"],
  ["P", 3],
  ["Q", 2],
  ["R", 1],
];

async function typeRate(lang: string, text: string) {
  const user = userEvent.setup();
  render(<App host={new StubHost(GRID, lang)} />);
  await openTab(user, "ladder");
  const rate = screen.getByTestId("ladder-rate-0");
  await user.clear(rate);
  if (text) await user.type(rate, text);
  return user;
}

describe("ladder rates are percents, and a value in the other unit is questioned", () => {
  it("questions 0.5 (a fraction?) instead of planning with 0.5 % (en)", async () => {
    await typeRate("en-US", "0.5");
    expect(
      screen.getByText(
        "Rates are in percent: “0.5” for “Lead preparation” would be 0.5%. For 50%, type 50; to keep 0.5%, type 0.5%.",
      ),
    ).toBeTruthy();
    // No funnel from a questioned rate (0.5 % of 50 would need 10,000 leads).
    expect(screen.queryByTestId("funnel-chart")).toBeNull();
  });

  it("questions 0.5 (zh)", async () => {
    await typeRate("zh-CN", "0.5");
    expect(
      screen.getByText(
        "转化率以百分比填写：“线索准备”填的“0.5”将被视为 0.5%。如果是 50%，请填 50；如确为 0.5%，请填 0.5%。",
      ),
    ).toBeTruthy();
  });

  it("takes 0.5% typed with its sign: 0.5 % of leads reach first contact (target 3: ceil(50 / 0.005) = 10,000 leads)", async () => {
    await typeRate("en-US", "0.5%");
    expect(screen.queryByText(/Rates are in percent/)).toBeNull();
    expect(screen.getByTestId("funnel-chart").textContent).toContain("10,000");
  });

  it("gives 0, empty and text their own messages (en)", async () => {
    const user = await typeRate("en-US", "0");
    expect(
      screen.getByText("A rate of 0% for “Lead preparation” means no deal ever moves on; enter a rate above 0."),
    ).toBeTruthy();
    await user.clear(screen.getByTestId("ladder-rate-0"));
    expect(
      screen.getByText("Enter the rate of “Lead preparation” to the next stage, in percent (for example 50)."),
    ).toBeTruthy();
    await user.type(screen.getByTestId("ladder-rate-0"), "half");
    expect(
      screen.getByText("The rate of “Lead preparation” (“half”) is not a number; enter a percent such as 50."),
    ).toBeTruthy();
  });

  it("gives 0, empty and text their own messages (zh)", async () => {
    const user = await typeRate("zh-CN", "0");
    expect(
      screen.getByText("“线索准备”的转化率为 0% 表示没有商机能进入下一阶段；请输入大于 0 的转化率。"),
    ).toBeTruthy();
    await user.clear(screen.getByTestId("ladder-rate-0"));
    expect(screen.getByText("请输入“线索准备”到下一阶段的转化率，单位为百分比（例如 50）。")).toBeTruthy();
    await user.type(screen.getByTestId("ladder-rate-0"), "一半");
    expect(screen.getByText("“线索准备”的转化率（“一半”）不是数字；请输入百分比，例如 50。")).toBeTruthy();
  });
});
