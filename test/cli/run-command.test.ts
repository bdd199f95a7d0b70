/**
 * `tierladder run`: the scheme on embedded DuckDB over a CSV and over a Parquet file (written by DuckDB), output CSV
 * equal to the engine's tiers on the same rows (ties, blanks, negatives, groups); bad files exit 1 naming the flag.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Scheme } from "../../src/engine/scheme";
import { runCli } from "./run-cli";
import { engineTiers, loadDuckDb, type TestTable, type Tiers } from "./sql-tables";

/** Ties (7 three times, 0 twice), blanks, negatives, two regions. */
const CUSTOMERS: TestTable = {
  headers: ["Customer", "Region", "Sales"],
  types: ["text", "text", "number"],
  rows: [
    ["c01", "East", 7],
    ["c02", "East", 7],
    ["c03", "East", -3],
    ["c04", "East", null],
    ["c05", "East", 12],
    ["c06", "West", 7],
    ["c07", "West", 0],
    ["c08", "West", 0],
    ["c09", "West", 40],
    ["c10", "West", -1],
    ["c11", "West", 2.5],
    ["c12", "East", 1],
  ],
};

const grouped: Scheme = {
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 2 } },
  method: { kind: "rank-share" },
  tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
  groupBy: 1,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tierladder-run-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => join(dir, name);

function csvText(t: TestTable): string {
  return [t.headers, ...t.rows.map((r) => r.map((v) => (v === null ? "" : String(v))))]
    .map((r) => r.join(","))
    .join("\n");
}

/** customer → tier from the output CSV (no quoting in these names; an empty tier is no tier). */
function outputTiers(path: string): Tiers {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const cols = header.split(",");
  const key = cols.indexOf("Customer");
  const tier = cols.indexOf("tier");
  expect({ key: key >= 0, tier: tier >= 0 }).toEqual({ key: true, tier: true });
  return new Map(lines.map((l) => l.split(",")).map((c) => [c[key], c[tier] === "" ? null : c[tier]]));
}

async function run(...args: string[]) {
  const result = await runCli("run", ...args);
  expect({ code: result.code, err: result.err }).toEqual({
    code: 0,
    err: expect.stringContaining("customers written"),
  });
  return result;
}

describe("tierladder run", () => {
  it("tiers a CSV within groups as the engine does", async () => {
    writeFileSync(file("customers.csv"), csvText(CUSTOMERS));
    writeFileSync(file("grouped.json"), JSON.stringify(grouped));
    const { err } = await run(
      "--scheme",
      file("grouped.json"),
      "--input",
      file("customers.csv"),
      "--output",
      file("t.csv"),
    );
    expect(err).toContain("12 customers written");
    expect(outputTiers(file("t.csv"))).toEqual(engineTiers(CUSTOMERS, grouped));
  });

  it("tiers a Parquet file written by DuckDB, from flags, as the engine does", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    await loadDuckDb(db, "c", CUSTOMERS);
    await db.run(`COPY c TO '${file("customers.parquet")}' (FORMAT parquet)`);
    db.closeSync();
    instance.closeSync();
    await run(
      ...["--method", "value-share", "--key", "Customer", "--value", "Sales", "--shares", "70,20,10"],
      ...["--input", file("customers.parquet"), "--output", file("p.csv")],
    );
    const scheme: Scheme = {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 2 } },
      method: { kind: "value-share" },
      tiers: { labels: ["A", "B", "C"], shares: [70, 20, 10] },
    };
    expect(outputTiers(file("p.csv"))).toEqual(engineTiers(CUSTOMERS, scheme));
  });

  it("a CSV whose value column holds text ('n/a') gives that row no tier, as the engine does", async () => {
    const withText: TestTable = { ...CUSTOMERS, rows: [...CUSTOMERS.rows, ["c13", "West", "n/a"]] };
    writeFileSync(file("text.csv"), csvText(withText));
    writeFileSync(file("grouped.json"), JSON.stringify(grouped));
    await run("--scheme", file("grouped.json"), "--input", file("text.csv"), "--output", file("x.csv"));
    const tiers = outputTiers(file("x.csv"));
    expect(tiers.get("c13")).toBeNull();
    expect(tiers).toEqual(engineTiers(withText, grouped));
  });
});

describe("tierladder run on an order list", () => {
  it("sums a Parquet file's order lines (a DATE column) per customer and grades lifecycle as the engine does", async () => {
    const lines: TestTable = {
      headers: ["Customer", "Date", "Amount"],
      types: ["text", "text", "number"],
      rows: [
        ["Acme", "2024-12-20", 100],
        ["Acme", "2023-01-05", 40],
        ["Birch", "2024-12-01", 150],
        ["Cobalt", "2024-03-01", -20],
        ["Delta", "2023-06-30", 75],
        ["Ember", "2024-11-30", 5],
      ],
    };
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    await loadDuckDb(db, "o", lines);
    const path = file("orders.parquet");
    await db.run(
      `COPY (SELECT "Customer", CAST("Date" AS DATE) AS "Date", "Amount" FROM o) TO '${path}' (FORMAT parquet)`,
    );
    db.closeSync();
    instance.closeSync();
    const scheme: Scheme = {
      version: 1,
      source: { kind: "orders", columns: { customer: 0, date: 1, value: 2 }, asOf: "2025-01-01" },
      method: { kind: "lifecycle" },
      tiers: { labels: ["Never purchased", "New", "Active", "At risk", "Lost"], shares: [] },
    };
    writeFileSync(file("lifecycle.json"), JSON.stringify(scheme));
    await run("--scheme", file("lifecycle.json"), "--input", path, "--output", file("l.csv"));
    const tiers = outputTiers(file("l.csv"));
    // By hand, at 2025-01-01 (windows 90 / 180 / 365 days): Acme first order 2023 and last 12 days ago → Active;
    // Birch first 31 days ago → New; Cobalt last 306 days ago → At risk; Delta 551 days → Lost; Ember 32 days → New.
    expect(Object.fromEntries(tiers)).toEqual({
      Acme: "Active",
      Birch: "New",
      Cobalt: "At risk",
      Delta: "Lost",
      Ember: "New",
    });
    expect(tiers).toEqual(engineTiers(lines, scheme));
  });
});

describe("tierladder run, mistakes", () => {
  const flags = ["--method", "rank-share", "--key", "Customer", "--value", "Sales"];

  beforeAll(() => writeFileSync(file("in.csv"), csvText(CUSTOMERS)));

  it.each([
    [["--input", "nowhere.csv", "--output", "o.csv"], '--input: no file "nowhere.csv"'],
    [["--input", "in.json", "--output", "o.csv"], "--input: expected a .csv or .parquet file"],
    [["--input", "@in.csv", "--output", "o.txt"], "--output: expected a .csv or .xlsx file"],
    [
      ["--input", "@in.csv", "--output", "o.csv", "--dialect", "postgres"],
      '--dialect: "tierladder run" runs on DuckDB',
    ],
  ])("%j exits 1 naming the flag", async (extra, message) => {
    const args = extra.map((a) => (a.startsWith("@") ? file(a.slice(1)) : a));
    const { code, err } = await runCli("run", ...flags, ...args);
    expect(code).toBe(1);
    expect(err).toContain(message);
  });

  it("a column the file does not have exits 1 listing the file's columns", async () => {
    const { code, err } = await runCli(
      ...["run", "--method", "rank-share", "--key", "Customer", "--value", "Revenue"],
      ...["--input", file("in.csv"), "--output", file("o.csv")],
    );
    expect(code).toBe(1);
    expect(err).toBe('tierladder: --value: no column "Revenue" in the input; its columns are Customer, Region, Sales');
  });

  it("--output is required (usage, exit 2)", async () => {
    const { code, err } = await runCli("run", ...flags, "--input", file("in.csv"));
    expect(code).toBe(2);
    expect(err).toContain('--output is required for "tierladder run"');
  });

  it(".xlsx is written with the same tiers as the .csv, one sheet with a header row", async () => {
    const csv = file("t.csv");
    const xlsx = file("t.xlsx");
    expect((await runCli("run", ...flags, "--input", file("in.csv"), "--output", csv)).code).toBe(0);
    const { code } = await runCli("run", ...flags, "--input", file("in.csv"), "--output", xlsx);
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet("Tiers")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const key = header.indexOf("Customer") + 1;
    const tier = header.indexOf("tier") + 1;
    const fromXlsx: Tiers = new Map();
    sheet.eachRow((row, n) => {
      const t = row.getCell(tier).value;
      if (n > 1) fromXlsx.set(String(row.getCell(key).value), t === null ? null : String(t));
    });
    // c04 has no tier (its sales cell is blank): blank in both files.
    expect(fromXlsx).toEqual(outputTiers(csv));
  });
});
