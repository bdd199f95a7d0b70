import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { rankShareTiers } from "../../src/engine/tiering/rank-share-tiers";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fill, previewStrings } from "../../src/preview/preview-strings";
import { launch, openPreview } from "./support/browser";
import { columnEqualTo } from "./support/find";
import { openTab, pane, typeInto, waitForWrite } from "./support/pane";
import { openXlsx, savedCell } from "../host/fake-excel/file/saved-workbook";
import { sheetDetails, sheetNames, sheetValues, workbookTables } from "./support/workbook";

const FILES = join(process.cwd(), "test", "fixtures", "files");
interface Expected {
  sheets: string[];
  cells: Record<string, unknown>;
  tables: { name: string; sheet: string; ref: string; headers: string[] }[];
}
const expectedOf = (name: string) => JSON.parse(readFileSync(join(FILES, name), "utf8")) as Expected;

/** Opens a file through the page's file input, as a user choosing it in the file dialog. */
async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId("preview-open-file").setInputFiles(resolve(FILES, file)); // a fixture name, or an absolute path
}

describe.each([
  ["en-US", "customers-en.xlsx", "customers-en.expected.json"],
  ["zh-CN", "customers-zh.xlsx", "customers-zh.expected.json"],
] as const)("the standalone mode in %s on %s (written by xlsxwriter)", (lang, file, expectedFile) => {
  const expected = expectedOf(expectedFile);
  const [main] = expected.sheets;
  const grid = expected.cells[main] as (string | number)[][];
  const strings = previewStrings(lang);
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPreview(browser, lang));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("says that the file never leaves the browser", async () => {
    await expect(page.getByTestId("preview-open").innerText()).resolves.toContain(strings.openFilePrivacy);
    await expect(page.getByTestId("preview-open-file").getAttribute("accept")).resolves.toBe(".xlsx,.xlsm,.csv");
  });

  it("replaces the sample with the file's sheets and cells", async () => {
    await openFile(page, file);
    await page.getByTestId("preview-open-status").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("preview-open-status").innerText()).resolves.toContain(file);
    // Nothing in the fixture is left out of a download, so the page gives its usual hint, no warning.
    await expect(page.getByTestId("preview-open-status").innerText()).resolves.toContain(strings.openedHint);
    expect(await sheetNames(page)).toEqual(expected.sheets);
    expect(await sheetValues(page, main)).toEqual(grid);
    expect(errors).toEqual([]);
  });

  it("selects the customer range in the grid by mouse and by keyboard, and Use selection reads it", async () => {
    const last = `F${grid.length}`;
    await page.getByTestId(`preview-sheet-tab-${main}`).click();
    const cells = page.getByTestId("preview-grid");
    await cells.locator('[data-cell="A1"]').click();
    await cells.locator(`[data-cell="${last}"]`).click({ modifiers: ["Shift"] });
    await expect(page.getByTestId("preview-address").inputValue()).resolves.toBe(`A1:${last}`);

    // Again by keyboard only: from A1, Shift+arrows to the last cell.
    await cells.locator('[data-cell="B2"]').click();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    for (let i = 1; i < grid[0].length; i++) await page.keyboard.press("Shift+ArrowRight");
    for (let i = 1; i < grid.length; i++) await page.keyboard.press("Shift+ArrowDown");
    await expect(page.getByTestId("preview-address").inputValue()).resolves.toBe(`A1:${last}`);

    await openTab(page, "data");
    await pane(page).getByTestId("data-use-selection").click();
    await expect(pane(page).getByTestId("data-address").innerText()).resolves.toContain(`A1:${last}`);
  });

  it("tiers the file's customers 20/30/50 and writes the tiers the engine gives for the fixture's sales", async () => {
    // Expected from the fixture script's own numbers (column D, Sales), tiered by the engine here.
    const sales = grid.slice(1).map((row) => Number(row[3]));
    const labels = Array.from(rankShareTiers(sales, [0.2, 0.3, 0.5]), (t) => (t >= 0 ? ["A", "B", "C"][t] : null));
    await openTab(page, "tiers");
    await pane(page).getByTestId("tiers-method").selectOption("rank-share");
    await typeInto(page, "tiers-shares", "20, 30, 50");
    await pane(page).getByTestId("tier-table").waitFor();
    for (let i = 0; i < 3; i++) {
      const shown = (await pane(page).getByTestId(`tier-count-${i}`).innerText()).replace(/[^\d]/g, "");
      expect(Number(shown)).toBe(labels.filter((l) => l === ["A", "B", "C"][i]).length);
    }

    await openTab(page, "write");
    await pane(page).getByTestId("write-output-tierColumns").check();
    // The summary and the task list bring tables, number formats, a validation list and frozen panes to check in
    // the download; the funnel is left out (its chart becomes a note, checked in download.e2e.ts).
    for (const k of ["summary", "tasks"]) await pane(page).getByTestId(`write-output-${k}`).check();
    await pane(page).getByTestId("write-output-funnel").uncheck();
    await pane(page).getByTestId("write-button").click();
    await waitForWrite(page);

    const after = await sheetValues(page, main);
    const col = columnEqualTo(after, labels);
    expect(col).toBeGreaterThanOrEqual(grid[0].length); // beside the user's columns, never over them
    // The user's cells are unchanged.
    expect(after.map((row) => row.slice(0, grid[0].length))).toEqual(grid);
    expect(errors).toEqual([]);
  });

  let downloaded = "";

  it("downloads a file that ExcelJS reads back with every cell, number format, table, validation and frozen pane", async () => {
    const downloading = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByTestId("preview-download").click();
    const download = await downloading;
    // setInputFiles names the file after the path: copy it under the name the browser suggested.
    downloaded = join(tmpdir(), download.suggestedFilename());
    copyFileSync((await download.path())!, downloaded);
    const wb = await openXlsx(new Uint8Array(readFileSync(downloaded)));
    const names = await sheetNames(page);
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    expect(names.length).toBeGreaterThan(expected.sheets.length); // the summary and the task list were written
    let validations = 0;
    for (const name of names) {
      const ws = wb.getWorksheet(name)!;
      const values = await sheetValues(page, name);
      const details = await sheetDetails(page, name);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          const got = savedCell(ws, r, c);
          const want = { value: v ?? undefined, numberFormat: details.numberFormats[r]?.[c] ?? "General" };
          expect({ name, r, c, value: got.value, numberFormat: got.numberFormat }).toEqual({ name, r, c, ...want });
        }),
      );
      // ExcelJS reads a validation over a range back as one entry per cell, keyed by its address.
      const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
        .dataValidations.model;
      for (const v of details.validations) {
        expect(model[v.address.split(":")[0]]?.formulae).toEqual([`"${v.list.join(",")}"`]);
        validations++;
      }
      const frozen = (ws.views ?? []).find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
      expect(frozen?.ySplit ?? 0).toBe(details.frozenRows);
    }
    expect(validations).toBeGreaterThan(0);
    const tables = await workbookTables(page);
    expect(tables.length).toBeGreaterThan(expected.tables.length);
    const saved = wb.worksheets.flatMap((ws) =>
      Object.values(
        (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables,
      ).map((t) => ({ name: t.table.name, sheet: ws.name, ref: t.table.tableRef })),
    );
    expect(saved).toEqual(tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.address.replace(/^.*!/, "") })));
  });

  it("re-opens its own download: the user's cells and the tier column come back, and the saved scheme offers Re-run", async () => {
    const before = await sheetValues(page, main);
    const copy = downloaded;
    await openFile(page, copy);
    await page.getByTestId("preview-open-status").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("preview-open-status").innerText()).resolves.toContain(basename(copy));
    expect(await sheetValues(page, main)).toEqual(before);
    await pane(page).getByTestId("saved-scheme-rerun").waitFor({ timeout: 30_000 });
  });

  it.each([
    ["encrypted.xlsx", "openEncrypted"],
    ["legacy.xls", "openXls"],
    ["truncated.xlsx", "openMalformed"],
    ["empty.xlsx", "openEmpty"],
  ] as const)("says clearly why %s cannot be opened, and keeps the open workbook", async (bad, key) => {
    const open = await sheetNames(page);
    await openFile(page, bad);
    const message = page.getByTestId("preview-open-error");
    await message.waitFor({ timeout: 60_000 });
    const text = await message.innerText();
    expect(text).toContain(`“${bad}”`);
    // The whole sentence of the catalog up to the first placeholder after the file name.
    const sentence = strings[key].split("{detail}")[0].replace("{file}", bad);
    expect(text.startsWith(sentence)).toBe(true);
    expect(await sheetNames(page)).toEqual(open);
  });

  it("says, on opening, what of the file the download will not keep", async () => {
    // Written by ExcelJS (an outside program): merged cells, a note and a formatted column on one sheet, a hidden
    // sheet — all kept (file-layout.test.ts, file-drawings-comments.test.ts, line-styles.test.ts), so not named —
    // then, by hand, a VBA project part and a PivotTable cache listed in the workbook part without its part, which
    // the download cannot keep.
    const wb = new ExcelJS.Workbook();
    const report = wb.addWorksheet("Report");
    report.getCell("A1").value = "Q3";
    report.mergeCells("A1:C1");
    report.getCell("A2").note = "check";
    report.getColumn(5).numFmt = "0.00";
    wb.addWorksheet("Lookups", { state: "hidden" }).getCell("A1").value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbook.replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rId99"/></pivotCaches></workbook>'),
    );
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const path = join(tmpdir(), `not-kept-${lang}.xlsx`);
    writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
    await openFile(page, path);
    const status = page.getByTestId("preview-open-status");
    await page.waitForFunction(() => document.body.innerText.includes("not-kept-"), undefined, { timeout: 60_000 });
    const list = [strings.notKept_macros, strings.notKept_pivotTables].join(strings.notKeptSeparator);
    await expect(status.innerText()).resolves.toContain(fill(strings.openNotKept, { list }));
  });

  it("keeps an .xlsm's macros: says so on opening, and downloads it as .xlsm with its VBA project byte for byte", async () => {
    // macros.xlsm: xlsxwriter's, its VBA project a stand-in whose bytes macros.expected.json holds (fixture README).
    const { vbaProjectHex } = JSON.parse(readFileSync(join(FILES, "macros.expected.json"), "utf8")) as {
      vbaProjectHex: string;
    };
    await openFile(page, "macros.xlsm");
    const status = page.getByTestId("preview-open-status");
    await page.waitForFunction(() => document.body.innerText.includes("macros.xlsm"), undefined, { timeout: 60_000 });
    await expect(status.innerText()).resolves.toContain(fill(strings.openMacrosKept, { file: "macros.xlsm" }));
    const downloading = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByTestId("preview-download").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("macros.xlsm");
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    // The package ExcelJS writes has no part of that name, so the copy keeps the file's (sheet-parts-writing.ts).
    const project = await zip.file("xl/vbaProject.bin")!.async("uint8array");
    expect(Buffer.from(project).toString("hex")).toBe(vbaProjectHex);
  });
});

describe("dropping a CSV file onto the page", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await openPreview(browser, "zh-CN"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens it as a user dragging it from the desktop: UTF-8 with a byte order mark, dates as dates", async () => {
    const expected = JSON.parse(readFileSync(join(FILES, "customers-zh.csv.expected.json"), "utf8")) as {
      cells: unknown[][];
    };
    const bytes = [...readFileSync(join(FILES, "customers-zh.csv"))];
    // The same events a browser fires for a file dragged in from the desktop: dragover, then drop.
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], "customers-zh.csv", { type: "text/csv" }));
      return dt;
    }, bytes);
    await page.dispatchEvent("body", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
    await page.getByTestId("preview-open-status").waitFor({ timeout: 60_000 });
    expect(await sheetNames(page)).toEqual(["customers-zh"]);
    expect(await sheetValues(page, "customers-zh")).toEqual(expected.cells);
    // The date column shows dates, as Excel shows an ISO date it read from a CSV.
    await page.getByTestId("preview-address").fill("F2");
    await page.getByTestId("preview-address").press("Enter");
    await expect(page.getByTestId("preview-grid").locator('[data-cell="F2"]').innerText()).resolves.toBe("2025-01-03");
  });
});
