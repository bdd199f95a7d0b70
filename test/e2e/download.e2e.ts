import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { SNAPSHOT_NAMESPACE } from "../../src/host/excel/snapshot-parts";
import { SETTINGS_PART_NAMESPACE, settingsFromXmlPart } from "../../src/host/fake-excel/file/settings-part";
import { cellValueOf, customXmlPartsOf, openXlsx } from "../host/fake-excel/file/saved-workbook";
import { launch, openPreview } from "./support/browser";
import { openTab, pane, waitForWrite } from "./support/pane";
import { sheetNames, sheetValues } from "./support/workbook";

/**
 * "Download workbook" on the sample after a write: the download event's file, read back with ExcelJS and JSZip
 * (not the code that wrote it), holds every sheet and every cell the page's workbook holds, a note where the
 * summary's chart was, and the settings and last-run snapshot as custom XML parts. English by mouse, Chinese by
 * keyboard (Tab to the button, Enter).
 */
async function tierAndWrite(page: Page): Promise<void> {
  await openTab(page, "data");
  await pane(page).getByTestId("data-use-selection").click();
  await openTab(page, "tiers");
  await pane(page).getByTestId("tier-table").waitFor();
  await openTab(page, "write");
  for (const k of ["tierColumns", "summary", "tasks"]) await pane(page).getByTestId(`write-output-${k}`).check();
  await pane(page).getByTestId("write-output-funnel").uncheck();
  await pane(page).getByTestId("write-button").click();
  await waitForWrite(page);
}

describe.each(["en-US", "zh-CN"] as const)("downloading the workbook (%s)", (lang) => {
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

  it("downloads TierLadder-sample.xlsx holding every sheet and cell of the workbook, a chart note and the run's parts", async () => {
    await tierAndWrite(page);
    // The file is written in the save worker, off the page's thread (src/host/fake-excel/file/save-xlsx.ts).
    const workerScripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/xlsx-save-worker.js")) workerScripts.push(r.url());
    });
    const button = page.getByTestId("preview-download");
    const downloading = page.waitForEvent("download", { timeout: 60_000 });
    if (lang === "en-US") await button.click();
    else {
      await button.focus();
      await page.keyboard.press("Enter");
    }
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("TierLadder-sample.xlsx");
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    await expect(page.getByTestId("preview-download-status").innerText()).resolves.toContain("TierLadder-sample.xlsx");

    const wb = await openXlsx(bytes);
    const names = await sheetNames(page);
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(4); // Customers, Orders and at least summary and tasks
    let notes = 0;
    for (const name of names) {
      const want = await sheetValues(page, name);
      const ws = wb.getWorksheet(name)!;
      want.forEach((row, r) =>
        row.forEach((v, c) => {
          const got = cellValueOf(ws.findCell(r + 1, c + 1) ?? ({ value: null } as never));
          expect({ name, r, c, v: got ?? null }).toEqual({ name, r, c, v });
        }),
      );
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === "string" ? cell.value : "";
          if (text.includes(lang === "zh-CN" ? "推荐的图表" : "Recommended Charts")) notes++;
        }),
      );
    }
    expect(notes).toBeGreaterThan(0);

    const parts = await customXmlPartsOf(bytes);
    expect(parts[0].xml).toContain(SETTINGS_PART_NAMESPACE);
    expect(settingsFromXmlPart(parts[0].xml)?.size).toBeGreaterThan(0);
    expect(parts.slice(1).some((p) => p.xml.includes(SNAPSHOT_NAMESPACE))).toBe(true);
    expect(workerScripts).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
