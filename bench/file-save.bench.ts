import ExcelJS from "exceljs";
import { createFakeExcel } from "../src/host/fake-excel";
import type { Bench } from "./harness";

/**
 * Saving a full sheet, 1,048,576 rows × 4 columns (header + 1,048,575 customers: name, region, sales, date with a
 * date format), as .xlsx (issue 17). Baseline, in the same run: ExcelJS writing the same cells from plain arrays,
 * nothing of ours — so the ratio is what the fake-to-file copy, the chart notes and the custom XML parts cost on
 * top of the library. Peak memory is the process's RSS sampled every 20 ms while the save runs (the harness's
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

async function measure(fn: () => Promise<unknown>): Promise<{ ms: number; peakMb: number; result: unknown }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    return { ms: performance.now() - t0, peakMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20, result };
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
    maxRatio: 1.5,
  });
  h.record(group, "file size", Math.round((ours.result as Uint8Array).length / 1024), "KB");
}
