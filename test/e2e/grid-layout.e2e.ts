import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Locator, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";

/** Where a locator is drawn on the page, in CSS pixels. */
async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error("not drawn");
  return b;
}

describe("the standalone mode's grid draws an opened sheet's layout", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const cell = (a: string) => page.getByTestId("preview-grid").locator(`[data-cell="${a}"]`);
  const address = () => page.getByTestId("preview-address").inputValue();

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPreview(browser, "en-US"));
    // Written by ExcelJS (an outside program): a merged header A1:C1, column B hidden, row 2 30 pt tall,
    // column A and row 1 frozen, 80 rows of data so the grid scrolls both ways.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Layout", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    ws.getCell("A1").value = "Customers by region";
    ws.mergeCells("A1:C1");
    ws.getColumn(2).hidden = true;
    ws.getRow(2).height = 30;
    for (let r = 2; r <= 81; r++)
      ws.getRow(r).values = [`Customer ${r - 1}`, "hidden", r * 10, "d", "e", "f", "g", "h", "i", "j", "k"];
    const path = join(tmpdir(), "grid-layout.xlsx");
    await wb.xlsx.writeFile(path);
    await page.getByTestId("preview-open-file").setInputFiles(path);
    await page.getByTestId("preview-open-status").waitFor({ timeout: 60_000 });
    await cell("A1").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the merged header as one cell over A and C, leaves B out, and letters the columns A, C, D", async () => {
    await expect(cell("A1").innerText()).resolves.toBe("Customers by region");
    await expect(cell("B1").count()).resolves.toBe(0);
    await expect(cell("C1").count()).resolves.toBe(0);
    await expect(cell("B2").count()).resolves.toBe(0);
    const [a, c] = [await box(cell("A2")), await box(cell("C2"))];
    expect(c.x).toBe(a.x + a.width); // nothing drawn between A and C
    // A is frozen: the frozen pane draws the area up to the frozen line, the other pane the whole of it beneath.
    expect((await box(cell("A1"))).width).toBe(a.width);
    const whole = await box(page.getByTestId("preview-grid").locator('.preview-body-part .merged[aria-hidden="true"]'));
    expect([whole.x, whole.width]).toEqual([a.x, a.width + c.width]);
    const letters = await page.getByTestId("preview-grid").locator(".preview-colhead").allInnerTexts();
    expect(letters.slice(0, 3)).toEqual(["A", "C", "D"]);
  });

  it("draws row 2 at its height: 30 pt = 40 px", async () => {
    expect((await box(cell("A2"))).height).toBe(40);
    expect((await box(cell("A3"))).y).toBe((await box(cell("A2"))).y + 40);
  });

  it("keeps the frozen row and column in place while the grid scrolls down and sideways", async () => {
    const [a1, a3, c3] = [await box(cell("A1")), await box(cell("A3")), await box(cell("C3"))];
    await page.getByTestId("preview-grid").evaluate((el) => {
      el.scrollTop = 300;
      el.scrollLeft = 200;
    });
    await page.waitForFunction(() => document.querySelector('[data-cell="A3"]') === null); // scrolled past row 3
    const a20 = await box(cell("A20"));
    expect(a20.x).toBe(a3.x); // column A stays at the left
    expect((await box(cell("A1"))).y).toBe(a1.y); // row 1 stays at the top
    expect((await box(cell("D20"))).x).toBe(c3.x + c3.width - 200); // D moved 200 px left
    await page.getByTestId("preview-grid").evaluate((el) => {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    });
  });

  it("selects the whole merged area for a click on it, and grows a selection into it", async () => {
    await cell("A1").click();
    await expect(address()).resolves.toBe("A1:C1");
    await cell("A3").click();
    await page.keyboard.press("Shift+ArrowUp");
    await expect(address()).resolves.toBe("A2:A3");
    await page.keyboard.press("Shift+ArrowUp");
    await expect(address()).resolves.toBe("A1:C3"); // touching A1:C1 takes in all of it
    await cell("C3").click();
    await page.keyboard.press("ArrowLeft");
    await expect(address()).resolves.toBe("A3"); // over the hidden column B
    expect(errors).toEqual([]);
  });
});
