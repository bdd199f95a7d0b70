/** The Tiers form for the lifecycle method (issue 13): windows as typed, the date columns, the scheme built and read back. */
import type { Table } from "../../../src/engine/table";
import { checkDraft, initialDraft, withMethod } from "../../../src/taskpane/model/tier-draft";
import { schemeToDraft } from "../../../src/taskpane/model/scheme-to-draft";

const column = (
  index: number,
  header: string,
  role: Table["columns"][number]["role"],
  kind: Table["columns"][number]["kind"],
) => ({ index, header, role, guessedRole: role, kind });
const table: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [
    column(0, "Customer", "customer", "text"),
    column(1, "First order", "other", "date"),
    column(2, "Last order", "date", "date"),
  ],
  rows: [
    ["A Co", 45600, 45640],
    ["B Co", 45000, null],
  ],
};
const lifecycle = withMethod(initialDraft(), "lifecycle");

describe("the lifecycle form", () => {
  it("starts with the default windows 90 / 180 / 365 and builds the scheme with the as-of date", () => {
    const c = checkDraft({ ...lifecycle, firstDateColumn: 1 }, table, "customers", "2025-01-01");
    expect(c.problems).toEqual({});
    expect(c.scheme?.method).toEqual({
      kind: "lifecycle",
      windows: { new: 90, atRisk: 180, lost: 365 },
      first: 1,
      last: 2,
    });
    // A customer list's scheme keeps the as-of date too: the stages count days to it.
    expect(c.scheme?.source.asOf).toBe("2025-01-01");
  });

  it("asks for the first order date column of a customer list, not of an order list", () => {
    expect(checkDraft(lifecycle, table, "customers").problems.dates).toEqual({ key: "lifecycleDatesMissing" });
    expect(checkDraft(lifecycle, table, "orders").problems.dates).toBeUndefined();
  });

  it("names the window that is wrong", () => {
    const problem = (windows: string) =>
      checkDraft({ ...lifecycle, firstDateColumn: 1, windows }, table, "customers").problems.windows;
    expect(problem("90, 180")).toEqual({ key: "windowsCount", params: { found: 2 } });
    expect(problem("90, 1.5, 365")).toEqual({ key: "windowNotDays", params: { n: 2, text: "1.5" } });
    expect(problem("90, 400, 365")).toEqual({ key: "windowsOrder", params: { atRisk: 400, lost: 365 } });
    expect(problem("30，60，120")).toBeUndefined();
  });

  it("turns a saved lifecycle scheme back into the same form", () => {
    const d = { ...lifecycle, firstDateColumn: 1, windows: "30, 60, 120" };
    const scheme = checkDraft(d, table, "customers", "2025-01-01").scheme!;
    const back = schemeToDraft(scheme, initialDraft());
    expect(back.windows).toBe("30, 60, 120");
    expect(checkDraft(back, table, "customers", "2025-01-01").scheme).toEqual(scheme);
  });
});
