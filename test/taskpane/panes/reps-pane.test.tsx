/** @jest-environment jsdom */
/** The Reps tab alone, on a store built for the test: figures, quotas, payout, and its write. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { RepsPane } from "../../../src/taskpane/panes/RepsPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Rank-share 20/30/50 over 5 customers: A Acme; B Bolt, Cara; C Dee, Eve (DESIGN.md). Wang 450,000, Li 150,000, Zhao 20,000.
const GRID: Grid = [
  ["Customer", "Sales", "Sales rep", "Region"],
  ["Acme", 300000, "Wang", "East"],
  ["Bolt", 150000, "Wang", "East"],
  ["Cara", 100000, "Li", "West"],
  ["Dee", 50000, "Li", "West"],
  ["Eve", 20000, "Zhao", "West"],
];

const text = (id: string) => screen.getByTestId(id).textContent;

describe("the Reps tab", () => {
  it("shows each rep's tier mix, sales and marginal commission (450,000 → 5,000 + 8,000 + 30,000)", async () => {
    await renderWithStore(<RepsPane />, new StubHost(GRID), { withSelection: true });
    expect(text("reps-mix-0")).toBe("A 1 · B 1 · C 0");
    expect(text("reps-actual-0")).toBe("450,000");
    expect([0, 1, 2].map((i) => text(`reps-payout-${i}`))).toEqual(["43,000", "9,000", "1,000"]);
  });

  it("splits a typed team target equally and grades each rep by attainment", async () => {
    const user = userEvent.setup();
    await renderWithStore(<RepsPane />, new StubHost(GRID), { withSelection: true });
    await user.type(screen.getByTestId("reps-team-target"), "600000");
    // 200,000 each: Wang 225 %, Li 75 %, Zhao 10 %.
    await waitFor(() => expect(text("reps-quota-0")).toBe("200,000"));
    expect([0, 1, 2].map((i) => text(`reps-attainment-${i}`))).toEqual(["225%", "75%", "10%"]);
    expect(text("reps-grade-0")).toBe("Above quota");
    expect(text("reps-grade-1")).toBe("Below 80%");
  });

  it("switches to whole-band commission: all of Wang's 450,000 at 12 % = 54,000", async () => {
    const user = userEvent.setup();
    await renderWithStore(<RepsPane />, new StubHost(GRID), { withSelection: true });
    await user.click(screen.getByTestId("reps-mode-whole"));
    expect(text("reps-payout-0")).toBe("54,000");
  });

  it("asks about a rate typed without its % sign instead of paying it", async () => {
    const user = userEvent.setup();
    await renderWithStore(<RepsPane />, new StubHost(GRID), { withSelection: true });
    await user.clear(screen.getByTestId("reps-rates"));
    await user.type(screen.getByTestId("reps-rates"), "5, 8, 12");
    expect(screen.getByText(/Did you mean 5%/)).toBeTruthy();
    expect(text("reps-payout-0")).toBe("—");
  });

  it("writes the Reps sheet and the Suggested owner column beside the data", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<RepsPane />, host, { withSelection: true });
    await user.click(screen.getByTestId("reps-write"));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    const plan = host.plans[0];
    expect(plan.sheets.map((s) => s.key)).toEqual(["reps"]);
    const owner = plan.columns.find((c) => c.key === "suggestedOwner")!;
    // Beside the four columns A–D; ample hours, so each customer keeps its rep.
    expect(owner.firstColumn).toBe(4);
    expect(owner.rows.map((r) => r[0])).toEqual(["Wang", "Wang", "Li", "Li", "Zhao"]);
    expect(within(screen.getByTestId("reps-assignment")).getByTestId("reps-changes-count").textContent).toBe(
      "0 customers change owner:",
    );
  });
});
