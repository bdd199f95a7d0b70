/**
 * `tierladder sql`: the statement printed from flags and from a scheme file runs on DuckDB and gives the README's
 * hand-worked tiers (flags) or the engine's (scheme file); bad flags and bad schemes exit 1 or 2 naming the flag or
 * the scheme's field.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Scheme } from "../../src/engine/scheme";
import { runCli } from "./run-cli";
import { README_CUSTOMERS, duckDbTiers, engineTiers, loadDuckDb, readmeTiers } from "./sql-tables";

let instance: DuckDBInstance;
let db: DuckDBConnection;
let dir: string;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  await loadDuckDb(db, "customers", README_CUSTOMERS);
  dir = mkdtempSync(join(tmpdir(), "tierladder-sql-"));
});

afterAll(() => {
  db.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

function schemeFile(name: string, scheme: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(scheme));
  return path;
}

async function sqlOf(...args: string[]): Promise<string> {
  const { code, out, err } = await runCli("sql", ...args);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  return out;
}

describe("tierladder sql from flags, on DuckDB, gives the README's sample tiers", () => {
  const customer = ["--key", "Customer", "--value", "Sales"];

  it("rank-share 20/30/50 (column E, =TIER.ABC)", async () => {
    const sql = await sqlOf("--method", "rank-share", ...customer, "--shares", "20,30,50", "--labels", "A,B,C");
    expect(await duckDbTiers(db, sql, "Customer")).toEqual(readmeTiers("abc"));
  });

  it("value-share with its default 80/15/5 (column F, =TIER.PARETO)", async () => {
    const sql = await sqlOf("--method", "value-share", ...customer);
    expect(await duckDbTiers(db, sql, "Customer")).toEqual(readmeTiers("pareto"));
  });

  it("thresholds 20, 5 named Key, Core, Tail (column I, =TIER.THRESHOLD)", async () => {
    const sql = await sqlOf("--method", "thresholds", ...customer, "--bounds", "20,5", "--labels", "Key,Core,Tail");
    expect(await duckDbTiers(db, sql, "Customer")).toEqual(readmeTiers("threshold"));
  });

  it("reads the table named by --table, quoted", async () => {
    const sql = await sqlOf("--method", "rank-share", ...customer, "--table", "my customers");
    expect(sql).toContain('"my customers"');
  });
});

describe("tierladder sql from a scheme file", () => {
  it("gives the engine's tiers (RFM scores ranked 20/30/50), with the columns named by --columns", async () => {
    const scheme: Scheme = {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 1, frequency: 2, recency: 3 } },
      method: { kind: "rfm", tierBy: "score" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
    };
    const path = schemeFile("rfm.json", scheme);
    const sql = await sqlOf("--scheme", path, "--columns", "Customer,Sales,Orders,Days");
    expect(await duckDbTiers(db, sql, "Customer")).toEqual(engineTiers(README_CUSTOMERS, scheme));
  });

  it("prints PostgreSQL's dialect with --dialect postgres (run on PostgreSQL in postgres-equivalence.test.ts)", async () => {
    const args = ["--method", "rank-share", "--key", "Customer", "--value", "Sales"];
    const duck = await sqlOf(...args);
    const pg = await sqlOf(...args, "--dialect", "postgres");
    expect(pg).not.toEqual(duck);
  });
});

describe("tierladder sql, mistakes", () => {
  const valid = ["--method", "rank-share", "--key", "Customer", "--value", "Sales"];

  it.each([
    [["--dialect", "mysql"], '--dialect: expected duckdb or postgres, found "mysql"'],
    [["--shares", "20,30"], "--shares: expected shares summing to 100 %, found 50"],
    [["--shares", "20,30,50", "--labels", "A,B"], "--shares: expected 2 shares (one per tier), found 3"],
    [["--shares", "20,x,50"], '--shares: expected numbers separated by commas, found "x"'],
    [["--labels", "A,,C"], "--labels: expected a comma-separated list with no empty item"],
    [["--bounds", "20,5"], "--bounds: only --method thresholds takes bounds"],
  ])("%j exits 1 naming the flag", async (extra, message) => {
    const { code, out, err } = await runCli("sql", ...valid, ...extra);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(`tierladder: ${message}`);
    expect(err.split("\n")).toHaveLength(1);
  });

  it("a method that needs a scheme file exits 1 saying so", async () => {
    const { code, err } = await runCli("sql", "--method", "rfm", "--key", "Customer", "--value", "Sales");
    expect(code).toBe(1);
    expect(err).toContain("--method: expected rank-share, value-share, thresholds (other methods need a scheme file");
  });

  it.each([
    [["--method", "rank-share", "--value", "Sales"], "--key is required without --scheme"],
    [
      ["--method", "thresholds", "--key", "Customer", "--value", "Sales"],
      "--bounds is required with --method thresholds",
    ],
    [["--input", "x.csv", ...valid], '--input belongs to "tierladder run"'],
    [["--colour", "red"], "Unknown option '--colour'"],
  ])("%j is a usage error: exit 2", async (args, message) => {
    const { code, err } = await runCli("sql", ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it("a scheme file with a bad field exits 1 naming the field", async () => {
    const path = schemeFile("bad.json", {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 1 } },
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30] },
    });
    const { code, err } = await runCli("sql", "--scheme", path, "--columns", "Customer,Sales");
    expect(code).toBe(1);
    expect(err).toBe(`tierladder: --scheme ${path}: Scheme, tiers.shares: expected 3 shares (one per tier), found 2.`);
  });

  it("a scheme file that is not JSON, or missing, exits 1", async () => {
    const path = join(dir, "not.json");
    writeFileSync(path, "{ version: 1");
    expect((await runCli("sql", "--scheme", path, "--columns", "a")).err).toContain("Scheme: expected JSON text");
    const missing = await runCli("sql", "--scheme", join(dir, "none.json"), "--columns", "a");
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining("--scheme: cannot read") });
  });

  it("a scheme file without --columns is a usage error", async () => {
    const path = schemeFile("ok.json", {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 1 } },
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
    });
    const { code, err } = await runCli("sql", "--scheme", path);
    expect(code).toBe(2);
    expect(err).toContain("--columns is required with --scheme");
  });

  it("a scheme whose column is not among --columns exits 1 naming the scheme's field", async () => {
    const path = schemeFile("col.json", {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 1 } },
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
      groupBy: 5,
    });
    const { code, err } = await runCli("sql", "--scheme", path, "--columns", "Customer,Sales");
    expect(code).toBe(1);
    expect(err).toMatch(/groupBy/);
  });

  const computed = {
    version: 1,
    source: { kind: "customers", columns: { customer: 0, value: 1 } },
    method: { kind: "computed" },
    tiers: { labels: ["A", "B", "C"], shares: [] },
  };

  it("computed ABC without its cut-offs (no SQL form of its own) exits 1 asking for --bounds", async () => {
    const path = schemeFile("computed.json", computed);
    const { code, err } = await runCli("sql", "--scheme", path, "--columns", "Customer,Sales");
    expect(code).toBe(1);
    // The generator's "fixedBounds" is named as the flag that gives them.
    expect(err).toMatch(/^tierladder: --bounds: computed ABC has no SQL form of its own.*\(--bounds, 2 numbers/);
  });

  it("computed ABC with the workbook's cut-offs as --bounds gives README column G (A {25, 22, 17}, B {15, 6})", async () => {
    // Any cut-offs between the README's groups: A from 17 (16 < 17 ≤ 17), B from 6 (5 < 6 ≤ 6).
    const path = schemeFile("computed.json", computed);
    const sql = await sqlOf("--scheme", path, "--columns", "Customer,Sales,Orders,Days", "--bounds", "17,6");
    expect(sql).toMatch(/^-- Method computed ABC: its cut-offs come from the whole curve/m);
    const g = "C B A A C C C B C C A".split(" ");
    expect(await duckDbTiers(db, sql, "Customer")).toEqual(new Map(README_CUSTOMERS.rows.map((r, i) => [r[0], g[i]])));
  });

  it("--bounds with a scheme file of another method exits 1", async () => {
    const path = schemeFile("rs.json", {
      ...computed,
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
    });
    const { code, err } = await runCli("sql", "--scheme", path, "--columns", "Customer,Sales", "--bounds", "1,2");
    expect(code).toBe(1);
    expect(err).toContain("--bounds: with --scheme, only computed ABC and natural breaks take bounds");
  });
});
