import { chunkRowsByBytes, minimumChunks, protectText, rowBytes, rowsPerChunk } from "../../../src/host/excel";
import { createOfficeJsExcel } from "../../support/office-js";

describe("request chunking", () => {
  it("fits floor(budget / bytes per row) rows in a chunk (4 MB / 100 B = 41,943 rows)", () => {
    expect(rowsPerChunk(100)).toBe(41_943); // 4 × 1,048,576 / 100 = 41,943.04
  });

  it("splits rows so that no chunk's bytes exceed the budget, and every row lands in exactly one chunk", () => {
    const sizes = [5, 5, 5, 9, 1, 1, 20, 3];
    const chunks = chunkRowsByBytes(sizes.length, (i) => sizes[i], 10);
    // Hand packing at 10: [5,5] [5] [9,1] [1] [20] [3]
    expect(chunks).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 1 },
      { start: 3, count: 2 },
      { start: 5, count: 1 },
      { start: 6, count: 1 },
      { start: 7, count: 1 },
    ]);
    expect(minimumChunks(49, 10)).toBe(5);
  });

  it("sizes chunks so the request office.js really sends (values split in 1,500-cell blocks) stays under the budget", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => ["A", i + 1, `reason ${i} ${"x".repeat(40)}`]);
    const budget = 1_000_000;
    const chunks = chunkRowsByBytes(rows.length, (i) => rowBytes(rows[i]), budget - 16_384); // the host's margin for small steps
    const fake = createOfficeJsExcel({ sheets: [{ name: "Data" }] });
    await fake.env.run(async (ctx) => {
      for (const { start, count } of chunks) {
        ctx.workbook.worksheets.getItem("Data").getRangeByIndexes(start, 0, count, 3).values = rows.slice(
          start,
          start + count,
        );
        await ctx.sync(); // one request per chunk, as the host sends them
      }
    });
    expect(fake.workbookState.values("Data", "A40000:C40000")).toEqual([
      ["A", 40_000, `reason 39999 ${"x".repeat(40)}`],
    ]);
    const requests = fake.stats.officeJsRequestBytes;
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...requests)).toBeLessThanOrEqual(budget);
    // Not wastefully small either: every full chunk fills at least 90 % of the budget.
    expect(Math.min(...requests.slice(0, chunks.length - 1))).toBeGreaterThan(0.9 * budget);
  });
});

describe("text written to cells", () => {
  it("gets Excel's quote prefix when Excel would read it as a formula, number, boolean or date", () => {
    expect(
      ["=SUM(A1)", "+1", "-x", "@me", "00123", "1,234", "TRUE", "2024-01-05", "3/4", "'quoted"].map(protectText),
    ).toEqual(["'=SUM(A1)", "'+1", "'-x", "'@me", "'00123", "'1,234", "'TRUE", "'2024-01-05", "'3/4", "''quoted"]);
  });

  it("leaves ordinary text alone", () => {
    expect(["Acme Ltd", "A", "客户 甲", "rank 3 of 10"].map(protectText)).toEqual([
      "Acme Ltd",
      "A",
      "客户 甲",
      "rank 3 of 10",
    ]);
  });
});
