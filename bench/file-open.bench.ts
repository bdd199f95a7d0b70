/**
 * Opening a 1,048,576 × 4 .xlsx in the standalone mode (issue 17): the time and peak memory of our reader
 * (openWorkbookFile: the cells streamed through our own XML scanner as JSZip inflates them, the workbook's small
 * parts, the custom XML parts) and of the fake workbook the page then builds, against the baseline of ExcelJS's
 * own xlsx.load of the same file with nothing of ours (what the reader was until it read the cells itself).
 * Each case runs once in a Node process of its own (bench/support/file-open-child.ts), so its peak resident
 * memory is its own. The file (customer text, region text, sales with #,##0.00, a date with yyyy-mm-dd, shared
 * strings as Excel writes them) is written once by ExcelJS's streaming writer into the system's temp folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Bench } from "./harness";
import { servePreview } from "./support/preview-page";

const ROWS = 1_048_576;
const GROUP = "open .xlsx 1,048,576 × 4";
const BASELINE = "baseline: ExcelJS xlsx.load alone";

async function benchFile(): Promise<string> {
  const file = join(tmpdir(), `tierladder-bench-${ROWS}x4.xlsx`);
  if (existsSync(file)) return file;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Customers");
  ws.columns = [
    { key: "c" },
    { key: "r" },
    { key: "s", style: { numFmt: "#,##0.00" } },
    { key: "d", style: { numFmt: "yyyy-mm-dd" } },
  ];
  ws.addRow(["Customer", "Region", "Sales", "Last order"]).commit();
  const regions = ["North", "South", "East", "West"];
  for (let i = 1; i < ROWS; i++) {
    const row = ws.addRow([`C${String(i).padStart(7, "0")}`, regions[i % 4], ((i * 7919) % 100_000) / 100, null]);
    row.getCell(4).value = 45_000 + (i % 700);
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

function runCase(what: string, file: string): { ms: number; maxRssMb: number; rows: number } {
  const child = spawnSync("npx", ["tsx", join(__dirname, "support", "file-open-child.ts"), what, file], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`file-open ${what} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; maxRssMb: number; rows: number };
}

export default async function fileOpenBench(h: Bench): Promise<void> {
  const file = await benchFile();
  const base = runCase("exceljs", file);
  if (base.rows !== ROWS) throw new Error(`the bench file has ${base.rows} rows, expected ${ROWS}`);
  h.timed(GROUP, BASELINE, [base.ms], { peakMb: base.maxRssMb });
  const open = runCase("open", file);
  if (open.rows !== ROWS) throw new Error(`openWorkbookFile read ${open.rows} rows, expected ${ROWS}`);
  h.timed(GROUP, "openWorkbookFile (our streaming reader)", [open.ms], {
    peakMb: open.maxRssMb,
    baseline: BASELINE,
    maxRatio: 1.3,
  });
  const fake = runCase("open+fake", file);
  h.timed(GROUP, "openWorkbookFile + fake workbook", [fake.ms], {
    peakMb: fake.maxRssMb,
    baseline: BASELINE,
    maxRatio: 1.4,
  });
  await inThePage(h, file);
}

/**
 * The same file opened in the preview page (production build, Chromium) through its file input: the time until
 * the page shows the workbook, and the longest task on the page's main thread meanwhile (Long Tasks API:
 * https://developer.mozilla.org/docs/Web/API/PerformanceLongTaskTiming), which is how long the page froze.
 */
export async function inThePage(h: Bench, file: string): Promise<void> {
  const served = await servePreview();
  try {
    const page = await served.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${served.url}/preview.html?lang=en-US`);
    await page.getByTestId("preview-pane").waitFor();
    // Start watching once the page has settled: the pane fetches and runs its later steps' code when idle after
    // the first paint (Shell.tsx), and one such start-up task (201 ms in a traced run) is not the file's opening.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    await page.evaluate(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => (w.longestTask = Math.max(w.longestTask, e.duration))),
      ).observe({ type: "longtask" });
    });
    const t0 = performance.now();
    await page.getByTestId("preview-open-file").setInputFiles(file);
    await page.getByTestId("preview-open-progress").waitFor();
    const done = page.getByTestId("preview-open-status").or(page.getByTestId("preview-open-error"));
    await done.waitFor({ timeout: 900_000 });
    const ms = performance.now() - t0;
    const failed = await page.getByTestId("preview-open-error").isVisible();
    if (failed) throw new Error(`the page could not open the file: ${await done.innerText()}`);
    const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    h.timed(GROUP, "page: file input → workbook shown (file worker)", [ms], { baseline: BASELINE });
    h.record(GROUP, "page: longest main-thread task meanwhile", Math.round(longest), "ms", 200);
  } finally {
    await served.close();
  }
}
