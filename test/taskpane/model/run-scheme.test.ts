/**
 * runScheme, the one way from a table and a scheme to tiers (the Tiers tab's preview and Re-run), and the
 * re-run's request built on it. Expected tiers are hand calculations of DESIGN.md's rank-share rule.
 */
import type { Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme, type Scheme } from "../../../src/engine/scheme";
import { readTable } from "../../../src/engine/table";
import { RFM_NAMES } from "../../../src/engine/tiering/rfm-names";
import type { SelectionRead } from "../../../src/host/host-api";
import { initialLadderDraft } from "../../../src/taskpane/model/ladder-draft";
import { previewScheme, rerunRequest, runScheme } from "../../../src/taskpane/model/run-scheme";
import { initialTasksDraft } from "../../../src/taskpane/model/tasks-draft";

// Ten customers with sales 1..10.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const tierNames = (labels: readonly string[], tier: ArrayLike<number>) =>
  Array.from(tier, (t) => (t < 0 ? null : labels[t]));

describe("runScheme", () => {
  it("tiers 20/30/50 of customers by rank (DESIGN.md): 10 and 9 are A, 8–6 B, 5–1 C", () => {
    const out = runScheme({ table: readTable(GRID), scheme: defaultScheme(), lang: "en-US" });
    expect(tierNames(out.result.labels, out.result.tier)).toEqual(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]);
  });

  it("leaves the rows it is told to out (grid rows 9 and 10: customers 9 and 10), and tiers the other eight", () => {
    const out = runScheme({
      table: readTable(GRID),
      scheme: defaultScheme(),
      lang: "en-US",
      excludeRows: new Set([9, 10]),
    });
    // Customers 9 and 10 (grid rows 9 and 10) get no tier; the tiers count the other eight.
    expect(tierNames(out.result.labels, out.result.tier).slice(8)).toEqual([null, null]);
    expect(out.result.tiers.reduce((n, t) => n + t.customers, 0)).toBe(8);
  });

  it("names RFM segment tiers in the pane's language", () => {
    const rfm: Scheme = {
      version: 1,
      source: { kind: "customers", columns: {} },
      method: { kind: "rfm", tierBy: "segment" },
      tiers: { labels: ["A", "B"], shares: [] },
    };
    const grid: Grid = [
      ["Customer", "Recency", "Frequency", "Sales"],
      ...Array.from({ length: 12 }, (_, i) => [`C${i}`, i * 10, 12 - i, 100 * (i + 1)]),
    ];
    const zh = runScheme({ table: readTable(grid), scheme: rfm, lang: "zh-CN" });
    const zhNames = new Set(Object.values(RFM_NAMES["zh-CN"]));
    expect(zh.result.labels.length).toBeGreaterThan(0);
    for (const l of zh.result.labels) expect(zhNames.has(l)).toBe(true);
  });

  it("gives the preview the error instead of throwing, and nothing without a scheme", () => {
    // No column holds numbers, so none has the role "value" the default scheme tiers by.
    const text: Grid = [
      ["Customer", "Note"],
      ["A", "x"],
      ["B", "y"],
    ];
    expect(previewScheme({ table: readTable(text), scheme: undefined, lang: "en-US" })).toEqual({});
    expect(String(previewScheme({ table: readTable(text), scheme: defaultScheme(), lang: "en-US" }).error)).toMatch(
      /no column has the role "value"/,
    );
  });
});

describe("rerunRequest (read → tiers → what to write)", () => {
  const read: SelectionRead = {
    address: "Sheet1!A1:B11",
    sheet: "Sheet1",
    top: 0,
    left: 0,
    grid: GRID,
    hiddenRows: [10],
  };
  const forms = {
    ladder: initialLadderDraft(),
    tasks: initialTasksDraft(new Date("2025-01-06T00:00:00Z")),
    lang: "en-US" as const,
  };

  it("leaves the hidden rows out when the pane says so, and keeps them otherwise", () => {
    const out = rerunRequest({ read }, defaultScheme(), { ...forms, leaveOutHidden: true });
    expect(out.excludeRows).toEqual(new Set([10]));
    expect(out.output!.result.tier[9]).toBe(-1);
    const all = rerunRequest({ read }, defaultScheme(), { ...forms, leaveOutHidden: false });
    expect(all.excludeRows).toBeUndefined();
    expect(all.output!.result.labels[all.output!.result.tier[9]]).toBe("A");
  });

  it("writes what the scheme saved, with the task plan and funnel those outputs need", () => {
    const scheme: Scheme = { ...defaultScheme(), outputs: ["tierColumns", "tasks", "funnel"] };
    const out = rerunRequest({ read }, scheme, { ...forms, leaveOutHidden: true });
    expect([...out.outputs]).toEqual(["tierColumns", "tasks", "funnel"]);
    expect(out.tasks?.list?.length).toBeGreaterThan(0);
    // The funnel ends at the deal target itself (the default ladder's 3 signed deals).
    expect(out.ladder?.targets?.at(-1)?.target).toBe(Number(initialLadderDraft().deals));
  });

  it("defaults to the tier columns and the summary when the scheme saved no outputs, without tasks or funnel", () => {
    const out = rerunRequest({ read }, defaultScheme(), { ...forms, leaveOutHidden: true });
    expect([...out.outputs]).toEqual(["tierColumns", "summary"]);
    expect(out.tasks).toBeUndefined();
    expect(out.ladder).toBeUndefined();
  });

  it("throws when the scheme does not fit the selection", () => {
    const text: SelectionRead = {
      ...read,
      grid: [
        ["Customer", "Note"],
        ["A", "x"],
      ],
      hiddenRows: [],
    };
    expect(() => rerunRequest({ read: text }, defaultScheme(), { ...forms, leaveOutHidden: true })).toThrow(
      /no column has the role "value"/,
    );
  });
});
