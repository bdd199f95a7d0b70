/**
 * One case of bench/file-open.bench.ts in a process of its own, so its peak memory (the process's maximum
 * resident set) is its own: `tsx bench/support/file-open-child.ts <case> <file>` prints {ms, maxRssMb, rows}.
 * Cases: "exceljs" (ExcelJS's xlsx.load of the file and nothing of ours: the baseline), "open" (our
 * openWorkbookFile: the cells streamed through our own scanner, the small parts, the custom XML parts),
 * "open+fake" (then the fake workbook the page builds from it).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { fakeExcelFromFile } from "../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../src/host/fake-excel/file/open-workbook-file";

async function main(): Promise<void> {
  const [what, file] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  let rows = 0;
  if (what === "exceljs") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    rows = wb.worksheets[0].rowCount;
  } else {
    const opened = await openWorkbookFile("bench.xlsx", bytes);
    rows = opened.sheets[0].values.length;
    if (what === "open+fake") fakeExcelFromFile(opened, "en-US");
  }
  const ms = performance.now() - t0;
  const maxRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  process.stdout.write(JSON.stringify({ ms, maxRssMb, rows }));
}

void main();
