/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import type { SelectionRead } from "../../src/host/host-api";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();

// Ten customers, sales 1..10 on grid rows 1..10 (header on grid row 0).
const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Ann" : "Bob", i + 1]),
];

/** The stub host with some rows of the selection hidden or filtered out. */
class HiddenRowsHost extends StubHost {
  constructor(
    grid: Grid,
    public hidden: number[],
  ) {
    super(grid);
  }
  override async readSelection(): Promise<SelectionRead> {
    return { ...(await super.readSelection()), hiddenRows: this.hidden };
  }
}

async function readAndPreview(host: StubHost) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  return user;
}

const counts = () => [0, 1, 2].map((i) => screen.getByTestId(`tier-count-${i}`).textContent);

describe("hidden and filtered-out rows", () => {
  it("leaves them out by default: the preview counts the other rows and their tier cells are written blank", async () => {
    const host = new HiddenRowsHost(GRID, [10]); // grid row 10 = Customer 10, sales 10
    const user = await readAndPreview(host);
    const box = screen.getByTestId("data-leave-out-hidden") as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByTestId("data-summary").textContent).toContain("Leave out hidden and filtered rows");

    await openTab(user, "tiers");
    await screen.findByTestId("tier-table");
    // Hand calculation, rank-share 20/30/50 of 1..9 (n = 9, limits 1.8 and 4.5 customers above):
    // 9, 8 → A; 7, 6, 5 → B; 4..1 → C. The left-out row is not counted as "no tier".
    expect(counts()).toEqual(["2", "3", "4"]);
    expect(screen.queryByTestId("tier-row-none")).toBeNull();

    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    const rows = host.plans[0].columns[0].rows;
    expect(rows.map((r) => r[0])).toEqual(["C", "C", "C", "C", "B", "B", "B", "A", "A", null]);
    // Customer 9 ranks first of the nine; the left-out row has no rank and no explanation.
    // Columns: Tier, Previous tier, Rank, Why.
    expect(rows[8][2]).toBe(1);
    expect([rows[9][2], rows[9][3]]).toEqual([null, ""]);
  });

  it("tiers every row again when the box is cleared", async () => {
    const host = new HiddenRowsHost(GRID, [10]);
    const user = await readAndPreview(host);
    await user.click(screen.getByTestId("data-leave-out-hidden"));
    await openTab(user, "tiers");
    await screen.findByTestId("tier-table");
    // 20/30/50 of 1..10 (DESIGN.md): 10, 9 → A; 8, 7, 6 → B; 5..1 → C.
    await waitFor(() => expect(counts()).toEqual(["2", "3", "5"]));
  });

  it("shows no such box when no row is hidden", async () => {
    await readAndPreview(new StubHost(GRID));
    expect(screen.queryByTestId("data-leave-out-hidden")).toBeNull();
  });

  it("names the box in Chinese", async () => {
    const host = new HiddenRowsHost(GRID, [3]);
    host.language = "zh-CN";
    await readAndPreview(host);
    expect(screen.getByTestId("data-summary").textContent).toContain("忽略隐藏和筛选掉的行");
  });
});
