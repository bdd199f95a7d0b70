/**
 * Test tables for the scheme as SQL: one table, loaded into DuckDB or PostgreSQL as typed columns, and tiered by the
 * engine (tierTable on the same rows read as a sheet). A cell that is not a number in a number column (a blank, a
 * text such as "n/a") is NULL in SQL, as a typed column holds it; the engine sees the cell as it was.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import type { CellValue, Grid } from "../../src/engine/cells/cell-value";
import type { Scheme } from "../../src/engine/scheme";
import { readTable } from "../../src/engine/table";
import { NO_TIER, tierTable } from "../../src/engine/tiering";

export type SqlType = "text" | "number";

export interface TestTable {
  readonly headers: readonly string[];
  readonly types: readonly SqlType[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** customer → tier label, null for no tier. */
export type Tiers = Map<string, string | null>;

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

function literal(v: CellValue, type: SqlType): string {
  if (type === "number") return typeof v === "number" && Number.isFinite(v) ? `${v}` : "NULL";
  if (v === null || v === undefined || v === "") return "NULL";
  return `'${String(v).replaceAll("'", "''")}'`;
}

/** CREATE TABLE + INSERT for either engine (double precision is DOUBLE in DuckDB and PostgreSQL alike). */
export function createTableSql(name: string, t: TestTable): string[] {
  const cols = t.headers.map((h, i) => `${quoteId(h)} ${t.types[i] === "number" ? "double precision" : "text"}`);
  const statements = [`DROP TABLE IF EXISTS ${quoteId(name)}`, `CREATE TABLE ${quoteId(name)} (${cols.join(", ")})`];
  if (t.rows.length) {
    const values = t.rows.map((r) => `(${t.headers.map((_, i) => literal(r[i], t.types[i])).join(", ")})`);
    statements.push(`INSERT INTO ${quoteId(name)} VALUES ${values.join(", ")}`);
  }
  return statements;
}

export async function loadDuckDb(db: DuckDBConnection, name: string, t: TestTable): Promise<void> {
  for (const s of createTableSql(name, t)) await db.run(s);
}

export async function loadPostgres(client: Client, name: string, t: TestTable): Promise<void> {
  for (const s of createTableSql(name, t)) await client.query(s);
}

/** The tier of each customer in rows that hold the key column and `tier`. */
export function tiersOfRows(rows: readonly Record<string, unknown>[], keyColumn: string): Tiers {
  const out: Tiers = new Map();
  for (const row of rows) {
    if (!(keyColumn in row) || !("tier" in row)) {
      throw new Error(`a result row lacks "${keyColumn}" or "tier": ${Object.keys(row).join(", ")}`);
    }
    const tier = row.tier;
    out.set(String(row[keyColumn]), tier === null || tier === undefined ? null : String(tier));
  }
  return out;
}

export async function duckDbTiers(db: DuckDBConnection, sql: string, keyColumn: string): Promise<Tiers> {
  const reader = await db.runAndReadAll(sql);
  return tiersOfRows(reader.getRowObjectsJS(), keyColumn);
}

export async function postgresTiers(client: Client, sql: string, keyColumn: string): Promise<Tiers> {
  const result = await client.query(sql);
  return tiersOfRows(result.rows as Record<string, unknown>[], keyColumn);
}

/**
 * The engine's tiers: tierTable on the table read as a sheet (header row + rows), by customer (one per row of a
 * customer list; an order list's customers as the engine aggregates them).
 */
export function engineTiers(t: TestTable, scheme: Scheme): Tiers {
  const grid: Grid = [[...t.headers], ...t.rows.map((r) => [...r])];
  const { result } = tierTable(readTable(grid), scheme);
  if (!result.customers) throw new Error("the scheme names no customer column");
  const out: Tiers = new Map();
  result.customers.forEach((customer, i) => {
    const tier = result.tier[i];
    out.set(customer, tier === NO_TIER ? null : result.labels[tier]);
  });
  return out;
}

/** The cells as a table with these SQL types holds them: in a number column, a cell that is not a number is NULL. */
export function asTyped(t: TestTable): TestTable {
  const rows = t.rows.map((r) =>
    r.map((v, i) => (t.types[i] === "number" && !(typeof v === "number" && Number.isFinite(v)) ? null : v)),
  );
  return { ...t, rows };
}

/** The README's sample workbook, sheet Customers (A1:D12), with its hand-worked tiers (columns E, F and I). */
export const README_CUSTOMERS: TestTable = {
  headers: ["Customer", "Sales", "Orders", "Days"],
  types: ["text", "number", "number", "number"],
  rows: [
    ["Acme", 1, 1, 200],
    ["Birch", 15, 9, 12],
    ["Cobalt", 25, 14, 3],
    ["Delta", 17, 10, 20],
    ["Ember", 2, 2, 95],
    ["Fjord", 3, 2, 60],
    ["Garnet", 5, 4, 30],
    ["Harbor", 6, 5, 45],
    ["Iris", 2, 1, 150],
    ["Juniper", 3, 3, 75],
    ["Kestrel", 22, 12, 7],
  ],
};

/** README "Sample workbook": E (=TIER.ABC), F (=TIER.PARETO), I (=TIER.THRESHOLD(B2:B12, {20;5}, {Key;Core;Tail})). */
export const README_TIERS = {
  abc: "C B A A C C B B C C A",
  pareto: "C A A A C B B A C B A",
  threshold: "Tail Core Key Core Tail Tail Core Core Tail Tail Key",
};

export function readmeTiers(column: keyof typeof README_TIERS): Tiers {
  const labels = README_TIERS[column].split(" ");
  return new Map(README_CUSTOMERS.rows.map((r, i) => [String(r[0]), labels[i]]));
}
