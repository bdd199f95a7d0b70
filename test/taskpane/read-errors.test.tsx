/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { HostError } from "../../src/host/host-api";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();

const GRID: Grid = [
  ["Customer", "Sales"],
  ["P", 30],
  ["Q", 20],
  ["R", 10],
];
const empty = () =>
  new HostError("EmptySelection", "The selection Sheet1!H9 is empty.", "host.emptySelection", { address: "Sheet1!H9" });

async function readEmpty(lang: string) {
  const host = new StubHost(GRID, lang);
  host.readError = empty();
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  return (await screen.findByTestId("data-error")).textContent ?? "";
}

describe("a failed read says it was a read", () => {
  it("an empty selection names the read, not a write or protection (en)", async () => {
    const text = await readEmpty("en-US");
    expect(text).toBe(
      "Could not read the selection" +
        "The selection is empty. Select the cells of your list, header included. Selected: Sheet1!H9." +
        " Select the cells of your list, header row included, then press Use selection again.",
    );
    expect(text).not.toMatch(/protected|target cells|Excel could not do that/);
  });

  it("an empty selection names the read (zh)", async () => {
    const text = await readEmpty("zh-CN");
    expect(text).toContain("无法读取所选区域");
    expect(text).toContain("请选中列表的单元格（含标题行），再点击“使用所选区域”。");
    expect(text).not.toMatch(/保护|目标单元格/);
  });

  it("clears the previous selection's results when a read fails", async () => {
    const host = new StubHost(GRID);
    const user = await previewTiers(host);
    await openTab(user, "data");
    host.readError = empty();
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-error");
    expect(screen.queryByTestId("data-address")).toBeNull();
    await openTab(user, "tiers");
    expect(screen.queryByTestId("tier-table")).toBeNull();
    expect(screen.getByTestId("tiers-no-data")).toBeTruthy();
  });

  it("a failed write still names the write (en)", async () => {
    const host = new StubHost(GRID);
    host.applyError = new HostError("AccessDenied", "denied");
    const user = await previewTiers(host);
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    const text = (await screen.findByTestId("write-error")).textContent ?? "";
    expect(text).toContain("Could not write to the workbook");
    expect(text).toContain("the sheet is not protected");
  });
});
