import type { Browser, Page } from "playwright-core";
import { previewSheets } from "../../src/preview/sample-workbook";
import { launch, openPreview } from "./support/browser";
import { openTab, pane, waitForWrite } from "./support/pane";
import { sheetValues } from "./support/workbook";

/** The sample's as-of day, 2024-12-31 (Excel serial 45657). */
const AS_OF = { iso: "2024-12-31", serial: 45657 };
/** The lifecycle grades in tier order, as issue 13 names them in each language. */
const GRADES = {
  "en-US": ["Never purchased", "New", "Active", "At risk", "Lost"],
  "zh-CN": ["从未购买", "新客户", "活跃客户", "风险客户", "流失客户"],
} as const;

/**
 * The expected grade of every customer, recomputed here from the two sheets by the rules of DESIGN.md
 * "Customer history" (first match: no order → never; as-of − first ≤ 90 → new; as-of − last > 365 → lost;
 * > 180 → at risk; else active), without the engine's join.
 */
function expectedGrades(lang: "en-US" | "zh-CN") {
  const [customers, orders] = previewSheets(lang).map((s) => s.grid);
  const span = new Map<string, { first: number; last: number }>();
  for (const [name, date] of orders.slice(1)) {
    const key = String(name).trim().toLowerCase();
    const d = Math.floor(Number(date));
    const s = span.get(key);
    span.set(key, s ? { first: Math.min(s.first, d), last: Math.max(s.last, d) } : { first: d, last: d });
  }
  const grade = (name: unknown): number => {
    const s = span.get(String(name).trim().toLowerCase());
    if (!s) return 0;
    if (AS_OF.serial - s.first <= 90) return 1;
    if (AS_OF.serial - s.last > 365) return 4;
    if (AS_OF.serial - s.last > 180) return 3;
    return 2;
  };
  const perRow = customers.slice(1).map((r) => grade(r[0]));
  const names = new Set(customers.slice(1).map((r) => String(r[0]).trim().toLowerCase()));
  return {
    perRow,
    lines: orders.length - 1,
    ordersAddress: `Orders!A1:D${orders.length}`,
    matched: [...names].filter((n) => span.has(n)).length,
    width: customers[0].length,
  };
}

describe.each(["en-US", "zh-CN"] as const)("a customer list with its order history, in %s", (lang) => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const expected = expectedGrades(lang);

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPreview(browser, lang));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reads the customer list, then the order list on its own sheet as the order history", async () => {
    await openTab(page, "data");
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:H501");
    await pane(page).getByTestId("data-history-add").click();
    await pane(page).getByTestId("data-history-hint").waitFor();
    // The user selects the orders with the Name Box, as in Excel; the customer list stays read.
    await page.getByTestId("preview-address").fill(expected.ordersAddress);
    await page.getByTestId("preview-address").press("Enter");
    await page.getByTestId("preview-sheet-tab-Orders").and(page.locator('[aria-selected="true"]')).waitFor();
    await pane(page).getByTestId("data-history-use").click();
    const address = await pane(page).getByTestId("data-history-address").innerText();
    expect(address).toContain(expected.ordersAddress);
    const counts = (await pane(page).getByTestId("data-history-counts").innerText()).replace(/,/g, "");
    expect(counts).toContain(String(expected.lines));
    expect(counts).toContain(String(expected.matched));
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:H501");
    await pane(page).getByTestId("data-as-of").fill(AS_OF.iso);
  });

  it("grades every customer by lifecycle from the joined history, as recomputed from the sheets", async () => {
    await openTab(page, "tiers");
    await pane(page).getByTestId("tiers-method").selectOption("lifecycle");
    // The join's "First order date" is its third column after the list's own.
    await pane(page)
      .getByTestId("tiers-lifecycle-first")
      .selectOption(String(expected.width + 2));
    await pane(page).getByTestId("tier-table").waitFor();
    for (let i = 0; i < 5; i++) {
      const want = expected.perRow.filter((g) => g === i).length;
      if (want === 0) continue; // a tier no customer is in may not be listed
      const shown = (await pane(page).getByTestId(`tier-count-${i}`).innerText()).replace(/[^\d]/g, "");
      expect({ tier: GRADES[lang][i], count: Number(shown) }).toEqual({ tier: GRADES[lang][i], count: want });
    }
  });

  it("writes each customer's grade beside the list's own columns, not after the joined ones", async () => {
    await openTab(page, "write");
    await pane(page).getByTestId("write-output-tierColumns").check();
    for (const k of ["summary", "tasks", "funnel"]) await pane(page).getByTestId(`write-output-${k}`).uncheck();
    await pane(page).getByTestId("write-button").click();
    await waitForWrite(page);
    const sheet = await sheetValues(page, "Customers");
    const written = sheet.slice(1, 501).map((r) => r[expected.width]);
    expect(written).toEqual(expected.perRow.map((g) => GRADES[lang][g]));
    expect(errors).toEqual([]);
  });
});
