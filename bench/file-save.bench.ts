import ExcelJS from "exceljs";
import { createFakeExcel } from "../src/host/fake-excel";
import type { Bench } from "./harness";

/**
 * Saving a full sheet, 1,048,576 rows × 4 columns (header + 1,048,575 customers: name, region, sales, date with a
 * date format), as .xlsx (issue 17). Baseline, in the same run: ExcelJS writing the same cells from plain arrays,
 * nothing of ours, an object per cell — what the save did before it wrote the cell data itself (1.00× then,
 * 0.05× on 30 November 2026). The target, a quarter of the baseline, leaves room for a busy machine's swings
 * and still fails if the cells go back through an object per cell. Peak memory is the process's RSS sampled every 20 ms while the save runs (the harness's
 * heap difference misses what is freed before the end). One run each: a save takes tens of seconds.
 */
const ROWS = 1_048_576;
const FORMATS = [undefined, undefined, "#,##0.00", "yyyy-mm-dd"];

function grid(): (string | number)[][] {
  const g: (string | number)[][] = [["Customer", "Region", "Sales", "Last order"]];
  for (let i = 1; i < ROWS; i++)
    g.push([`Customer ${i}`, ["North", "South", "East", "West"][i % 4], (i * 7919) % 100_003, 45000 + (i % 700)]);
  return g;
}

/** Wall time, peak RSS (sampled every 20 ms) and the longest stretch the event loop was held (a page would not repaint). */
async function measure(
  fn: () => Promise<unknown>,
): Promise<{ ms: number; peakMb: number; longestBlockMs: number; result: unknown }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  let last = performance.now();
  let longestBlockMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestBlockMs = Math.max(longestBlockMs, now - last - 20);
    last = now;
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    longestBlockMs = Math.max(longestBlockMs, performance.now() - last - 20);
    return { ms, peakMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20, longestBlockMs, result };
  } finally {
    clearInterval(timer);
  }
}

export default async function fileSave(h: Bench): Promise<void> {
  const group = "file save 1,048,576 × 4";
  const cells = grid();
  const base = await measure(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers");
    cells.forEach((row, r) => {
      const xr = ws.getRow(r + 1);
      row.forEach((v, c) => {
        const cell = xr.getCell(c + 1);
        cell.value = v;
        if (r > 0 && FORMATS[c]) cell.numFmt = FORMATS[c]!;
      });
    });
    return wb.xlsx.writeBuffer();
  });
  h.timed(group, "ExcelJS alone (baseline)", [base.ms], { peakMb: base.peakMb });
  const fake = createFakeExcel({
    sheets: [
      { name: "Customers", grid: cells, numberFormats: cells.map((row, r) => (r === 0 ? [] : FORMATS.slice())) },
    ],
  });
  const ours = await measure(() => fake.saveXlsx());
  h.timed(group, "fake.saveXlsx", [ours.ms], {
    peakMb: ours.peakMb,
    baseline: "ExcelJS alone (baseline)",
    maxRatio: 0.25,
  });
  // In place (no Web Worker in Node): how long the page would be held at once, which is why the preview writes in a worker.
  h.record(group, "longest block, written in place", Math.round(ours.longestBlockMs), "ms");
  h.record(group, "file size", Math.round((ours.result as Uint8Array).length / 1024), "KB");
}
