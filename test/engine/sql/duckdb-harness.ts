import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { CellValue, Grid } from "../../../src/engine/cells/cell-value";
import type { Scheme } from "../../../src/engine/scheme";
import { schemeToSql, type SchemeSqlOptions } from "../../../src/engine/sql";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering";

/** A cell as SQL text: numbers and booleans as written, an Excel error as its code (#N/A), a blank as NULL. */
function cellSql(v: CellValue): string {
  if (v === null || v === undefined || v === "") return "NULL";
  if (typeof v === "object") return `'${String(v.code ?? v.type ?? "#VALUE!").replace(/'/g, "''")}'`;
  return `'${String(v).replace(/'/g, "''")}'`;
}

/**
 * The grid's body as a DuckDB table named `name` with the header row as column names: a column whose cells are
 * all numbers (or blank) is DOUBLE, any other column VARCHAR (its numbers as text), as a warehouse table loaded
 * from a sheet would be.
 */
export async function loadGrid(conn: DuckDBConnection, name: string, grid: Grid): Promise<void> {
  const headers = grid[0].map(String);
  const body = grid.slice(1);
  const numeric = headers.map((_, c) =>
    body.every((r) => r[c] === null || r[c] === undefined || r[c] === "" || typeof r[c] === "number"),
  );
  const cols = headers.map((h, c) => `"${h.replace(/"/g, '""')}" ${numeric[c] ? "DOUBLE" : "VARCHAR"}`);
  await conn.run(`CREATE OR REPLACE TABLE "${name}" (${cols.join(", ")})`);
  for (let i = 0; i < body.length; i += 500) {
    const rows = body
      .slice(i, i + 500)
      .map(
        (r) =>
          `(${headers.map((_, c) => (numeric[c] && typeof r[c] === "number" ? String(r[c]) : cellSql(r[c]))).join(", ")})`,
      );
    await conn.run(`INSERT INTO "${name}" VALUES ${rows.join(", ")}`);
  }
}

let instance: Promise<{ db: DuckDBInstance; conn: DuckDBConnection }> | undefined;
/** One in-memory DuckDB per test file, closed after it. */
export async function duck(): Promise<DuckDBConnection> {
  instance ??= DuckDBInstance.create(":memory:").then(async (db) => ({ db, conn: await db.connect() }));
  return (await instance).conn;
}
afterAll(async () => {
  if (!instance) return;
  const { db, conn } = await instance;
  conn.closeSync();
  db.closeSync();
  instance = undefined;
});

export type SqlRow = Record<string, unknown>;

/** The generated DuckDB SQL run over the grid. */
export async function sqlRows(grid: Grid, scheme: Scheme, extra: Partial<SchemeSqlOptions> = {}): Promise<SqlRow[]> {
  const conn = await duck();
  await loadGrid(conn, "t", grid);
  const sql = schemeToSql(scheme, {
    dialect: "duckdb",
    source: { table: "t", columns: grid[0].map(String) },
    ...extra,
  });
  const reader = await conn.runAndReadAll(sql);
  // BIGINT (RANK, COUNT) comes back as bigint; numbers compare more simply.
  return reader
    .getRowObjectsJS()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}

/** Tier label per customer (by its key as text), from the engine's tierTable on the same grid. */
export function engineTiers(grid: Grid, scheme: Scheme): Map<string, string | null> {
  const { result } = tierTable(readTable(grid), scheme);
  const out = new Map<string, string | null>();
  result.customers!.forEach((c, i) => out.set(c, result.tier[i] < 0 ? null : result.labels[result.tier[i]]));
  return out;
}

/** Tier label per customer from the SQL's rows (key column `keyName`, compared trimmed as the engine shows it). */
export function sqlTiers(rows: readonly SqlRow[], keyName: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const r of rows) out.set(String(r[keyName]).trim(), (r.tier as string | null) ?? null);
  return out;
}

/** Runs both and returns [engine, sql] maps for toEqual. */
export async function bothTiers(
  grid: Grid,
  scheme: Scheme,
  extra: Partial<SchemeSqlOptions> = {},
): Promise<[Map<string, string | null>, Map<string, string | null>]> {
  const keyName = String(grid[0][scheme.source.columns.customer ?? 0]);
  const engine = engineTiers(grid, scheme);
  const sql = sqlTiers(await sqlRows(grid, scheme, extra), keyName);
  if (scheme.source.kind === "customers") return [engine, sql];
  // An order list's customers are matched without case; the engine shows the first spelling, SQL the smallest.
  const fold = (m: Map<string, string | null>) => new Map([...m].map(([k, v]) => [k.toLowerCase(), v]));
  return [fold(engine), fold(sql)];
}
