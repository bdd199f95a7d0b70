import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { enUS } from "../../src/i18n/en-US";
import { zhCN } from "../../src/i18n/zh-CN";
import { planStrings } from "../../src/engine/plans/strings";
import { launch, openPreview } from "./support/browser";
import { expectedTasksPerOwner, expectedTiers, type ExpectedTiers, type Method } from "./support/expected";
import { columnEqualTo, findColumnRun, labelColumns, rowsStartingWith } from "./support/find";
import { englishFragments } from "./support/catalog-strings";
import { openTab, pane, PANE_TABS, typeInto, waitForWrite } from "./support/pane";
import { newSheets, sheetCharts, sheetNames, sheetValues } from "./support/workbook";

const SHOTS = join(process.cwd(), "test-output", "screenshots");
mkdirSync(SHOTS, { recursive: true });

/**
 * Tabster (Fluent v9's focus manager) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around
 * tab lists to redirect focus; axe's aria-hidden-focus flags them. Fluent calls this by design
 * (microsoft/fluentui#27517, microsoft/tabster#288) and Accessibility Insights drops exactly these nodes
 * (microsoft/accessibility-insights-web#7605). We drop only those nodes; anything else still fails.
 */
const tabsterDummy = (id: string, html: string) => id === "aria-hidden-focus" && html.includes("data-tabster-dummy");

/** Runs axe-core on part of the page; returns the serious and critical violations, described. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`)
          .join(" | ")}`,
    );
}

async function tierWith(page: Page, method: Method, shares: string): Promise<void> {
  await openTab(page, "tiers");
  await pane(page).getByTestId("tiers-method").selectOption(method);
  await typeInto(page, "tiers-shares", shares);
  await pane(page).getByTestId("tier-table").waitFor();
}

async function checkTierTable(page: Page, expected: ExpectedTiers): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const shown = (await pane(page).getByTestId(`tier-count-${i}`).innerText()).replace(/[^\d]/g, "");
    expect(Number(shown)).toBe(expected.summary[i].customers);
  }
}

describe.each([
  ["en-US", enUS],
  ["zh-CN", zhCN],
] as const)("the preview page in %s", (lang, catalog) => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let userSheets: string[];
  let tierColumn = -1;
  let writtenItems: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPreview(browser, lang));
    userSheets = await sheetNames(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("says plainly that it is a preview without Excel", async () => {
    const banner = await page.getByTestId("preview-banner").innerText();
    expect(banner).toContain("Preview — this is not Excel");
    expect(banner).toContain("这不是 Excel");
    expect(userSheets).toEqual(["Customers", "Orders"]);
  });

  it("reads the selected customer list with Use selection", async () => {
    await openTab(page, "data");
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:H501");
  });

  it.each([
    ["rank-share", "20, 30, 50"],
    ["value-share", "80, 15, 5"],
  ] as const)("tiers the sample by %s (%s) and writes the engine's tiers and summary", async (method, shares) => {
    const expected = expectedTiers(lang, method);
    await tierWith(page, method, shares);
    await checkTierTable(page, expected);

    await openTab(page, "write");
    for (const k of ["tierColumns", "summary"]) await pane(page).getByTestId(`write-output-${k}`).check();
    for (const k of ["tasks", "funnel"]) await pane(page).getByTestId(`write-output-${k}`).uncheck();
    await pane(page).getByTestId("write-button").click();
    await waitForWrite(page);
    writtenItems = await pane(page).locator('[data-testid^="write-result-item-"]').allInnerTexts();
    // The second method re-tiers the same customers: the result says how many moved between which tiers.
    if (tierColumn >= 0) {
      const moves = await pane(page).locator('[data-testid^="write-movement-"]').allInnerTexts();
      expect(moves.length).toBeGreaterThan(0);
      expect(moves[0]).toMatch(/^\d[\d,]* .+ [ABC] → [ABC]$/);
    }

    const customers = await sheetValues(page, "Customers");
    const col = columnEqualTo(customers, expected.labels);
    expect(col).toBeGreaterThanOrEqual(8); // beside the data (columns A–H), never over it
    // A second run refreshes TierLadder's own column instead of adding a copy.
    if (tierColumn >= 0) expect(col).toBe(tierColumn);
    const secondRun = tierColumn >= 0;
    tierColumn = col;
    // On the second run "Previous tier", right of Tier, holds the first run's labels too; no other copy.
    expect(labelColumns(customers, ["A", "B", "C"])).toEqual(secondRun ? [col, col + 1] : [col]);
    expect(customers[0][col + 1]).toBe(planStrings(lang).previousTier);

    const outputs = await newSheets(page, userSheets);
    const summarySheet = await findSheetWith(page, outputs, (v) =>
      expected.summary.every((s) => rowsStartingWith(v, s.label).length > 0),
    );
    const summary = await sheetValues(page, summarySheet);
    for (const s of expected.summary) {
      const row = rowsStartingWith(summary, s.label)[0];
      expect(row).toContain(s.customers);
      expect(row.some((v) => typeof v === "number" && Math.abs(v - s.value) < 0.005)).toBe(true);
    }
    const charts = await sheetCharts(page, summarySheet);
    expect(charts.length).toBeGreaterThan(0);
  });

  it("says once per output which sheet and cells it wrote (what → sheet!address)", () => {
    expect(writtenItems.length).toBeGreaterThanOrEqual(2); // tier columns and the summary
    for (const item of writtenItems)
      expect({ item, sheetsNamed: item.split("!").length - 1 }).toEqual({ item, sheetsNamed: 1 });
  });

  it("plans a ladder from a target of 3 deals and writes 100/50/20/10/5/3 on the funnel sheet", async () => {
    await openTab(page, "ladder");
    await pane(page).getByTestId("ladder-kind-deals").check();
    await typeInto(page, "ladder-deals", "3");
    const shown = [];
    for (let i = 0; i < 6; i++)
      shown.push(Number((await pane(page).getByTestId(`ladder-target-${i}`).innerText()).replace(/[^\d]/g, "")));
    expect(shown).toEqual([100, 50, 20, 10, 5, 3]);
    const before = await sheetNames(page);
    await pane(page).getByTestId("ladder-write-funnel").click();
    await waitForWrite(page);
    const sheets = [...(await newSheets(page, before)), ...(await newSheets(page, userSheets))];
    const funnel = await findSheetWith(page, sheets, (v) => findColumnRun(v, [100, 50, 20, 10, 5, 3]) !== undefined);
    const charts = await sheetCharts(page, funnel);
    expect(charts.map((c) => c.kind)).toContain("funnel");
  });

  it("writes tasks and gives each owner the engine's number of tasks", async () => {
    await openTab(page, "tasks");
    await typeInto(page, "tasks-start", "2025-01-06");
    await typeInto(page, "tasks-weeks", "4");
    const before = await sheetNames(page);
    await pane(page).getByTestId("tasks-write").click();
    await waitForWrite(page);
    // The tiers in force are the last ones written (Pareto 80/15/5).
    const expected = expectedTasksPerOwner(
      lang,
      expectedTiers(lang, "value-share").labels,
      new Date(Date.UTC(2025, 0, 6)),
      4,
    );
    const sheets = [...new Set([...(await newSheets(page, before)), ...(await newSheets(page, userSheets))])];
    const owners = [...expected.keys()];
    const tasksSheet = await findSheetWith(page, sheets, (v) => ownerColumn(v, owners) >= 0);
    const values = await sheetValues(page, tasksSheet);
    const c = ownerColumn(values, owners);
    const counts = new Map<string, number>();
    for (const row of values.slice(1))
      if (typeof row[c] === "string") counts.set(row[c] as string, (counts.get(row[c] as string) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
  });

  it("takes a screenshot of every sheet it wrote: tier columns, summary report, movement, funnel, tasks", async () => {
    const s = planStrings(lang);
    const written = ["Customers", ...(await newSheets(page, userSheets))];
    // Two tier runs, a funnel and tasks: summary, movement, funnel and tasks sheets beside the data.
    expect(written).toEqual(
      expect.arrayContaining(["Customers", s.summarySheet, s.movementSheet, s.funnelSheet, s.tasksSheet]),
    );
    for (const [i, name] of written.entries()) {
      await page.getByTestId(`preview-sheet-tab-${name}`).click();
      await page.getByTestId(`preview-sheet-tab-${name}`).and(page.locator('[aria-selected="true"]')).waitFor();
      await page.screenshot({
        path: join(SHOTS, `${lang}-sheet-${i + 1}-${name.replace(/[^\w\u4e00-\u9fff-]+/g, "_")}.png`),
      });
    }
    // The second run filled "Previous tier"; the summary is a report; the movement sheet says who moved.
    expect((await sheetValues(page, "Customers"))[0]).toContain(s.previousTier);
    const summary = await sheetValues(page, s.summarySheet);
    expect(summary[0][0]).toBe(s.reportTitle);
    expect(summary.map((r) => r[0])).toEqual(expect.arrayContaining([s.method, s.parameters, s.source, s.date]));
    expect((await sheetValues(page, s.movementSheet))[0]).toEqual(
      expect.arrayContaining([s.customer, s.from, s.to, s.value]),
    );
    await page.getByTestId("preview-sheet-tab-Customers").click();
  });

  it("says which column is not a number when a text column is picked as sales", async () => {
    await openTab(page, "tiers");
    const customerHeader = lang === "zh-CN" ? "客户名称" : "Customer";
    await pane(page).getByTestId("tiers-value-column").selectOption({ label: customerHeader });
    const message = await pane(page).getByTestId("tiers-value-error").innerText();
    const expected = catalog.validation.valueColumnNotNumeric
      .replace("{{header}}", customerHeader)
      .replace("{{kind}}", catalog.kinds.text);
    expect(message).toContain(expected);
    // Put the sales column back for the panes that follow.
    await pane(page)
      .getByTestId("tiers-value-column")
      .selectOption({ label: expectedTiers(lang, "rank-share").valueHeader });
    await pane(page).getByTestId("tier-table").waitFor();
  });

  it("can be driven from the keyboard: Tab to Use selection, Enter; arrows across the tabs; Space on an output", async () => {
    await openTab(page, "data");
    await page.getByTestId("preview-address").focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "data-use-selection");
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:H501");

    await pane(page).getByTestId("tab-data").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await pane(page).getByTestId("tab-write").and(page.locator('[aria-selected="true"]')).waitFor();

    const box = pane(page).getByTestId("write-output-funnel");
    const was = await box.isChecked();
    await box.focus();
    await page.keyboard.press("Space");
    expect(await box.isChecked()).toBe(!was);
    await page.keyboard.press("Space");
    expect(await box.isChecked()).toBe(was);
  });

  it("lets a range be picked in the grid by click and shift-click or by the name box, and the host reads it", async () => {
    await page.getByTestId("preview-sheet-tab-Customers").click();
    const grid = page.getByTestId("preview-grid");
    // Only a window of the 501 rows is in the page (the grid stays fast for long sheets).
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(100);
    await grid.locator('[data-cell="A1"]').click();
    await grid.locator('[data-cell="C11"]').click({ modifiers: ["Shift"] });
    await expect(page.getByTestId("preview-address").inputValue()).resolves.toBe("A1:C11");
    await openTab(page, "data");
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:C11");

    await page.getByTestId("preview-address").fill("Orders!A1:D50");
    await page.getByTestId("preview-address").press("Enter");
    await page.getByTestId("preview-sheet-tab-Orders").and(page.locator('[aria-selected="true"]')).waitFor();
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Orders!A1:D50");

    // Back to the whole customer list for the screenshots that follow.
    await page.getByTestId("preview-address").fill("Customers!A1:H501");
    await page.getByTestId("preview-address").press("Enter");
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain("Customers!A1:H501");
  });

  it("takes a screenshot of each pane and finds no serious or critical accessibility issue", async () => {
    const problems: Record<string, string[]> = {};
    for (const tab of PANE_TABS) {
      await openTab(page, tab);
      await page.screenshot({ path: join(SHOTS, `${lang}-${tab}.png`) });
      const found = await seriousViolations(page, '[data-testid="preview-pane"]');
      if (found.length > 0) problems[tab] = found;
    }
    // Then the whole page once: banner, sample switch, workbook grid, sheet tabs and charts.
    const whole = await seriousViolations(page, "body");
    if (whole.length > 0) problems.page = whole;
    expect(problems).toEqual({});
  });

  // Only the Chinese pane can show an untranslated (English) string.
  if (lang === "zh-CN")
    it("shows no English catalog text in the Chinese pane", async () => {
      const fragments = englishFragments();
      const found: Record<string, string[]> = {};
      for (const tab of PANE_TABS) {
        await openTab(page, tab);
        const text = await pane(page).innerText();
        const hits = fragments.filter((f) => text.includes(f));
        if (hits.length > 0) found[tab] = hits;
      }
      expect(found).toEqual({});
    });

  it("logs no page errors", () => {
    expect(errors).toEqual([]);
  });
});

async function findSheetWith(
  page: Page,
  names: readonly string[],
  test: (values: Awaited<ReturnType<typeof sheetValues>>) => boolean,
): Promise<string> {
  for (const n of names) if (test(await sheetValues(page, n))) return n;
  throw new Error(`none of the sheets ${JSON.stringify(names)} holds what was expected`);
}

/** The column whose data cells are all among the owners (and which uses at least two of them). */
function ownerColumn(values: Awaited<ReturnType<typeof sheetValues>>, owners: readonly string[]): number {
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const body = values
      .slice(1)
      .map((r) => r[c])
      .filter((v) => v !== null);
    if (body.length > 0 && body.every((v) => owners.includes(String(v))) && new Set(body).size >= 2) return c;
  }
  return -1;
}
