import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { writeXlsx } from "./write-xlsx";
import { badInput } from "./cli-error";

/** A DuckDB string literal: quotes doubled. */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The readers DuckDB has built in, by file extension (https://duckdb.org/docs/data/overview). */
const READERS: Record<string, string> = {
  ".csv": "read_csv_auto",
  ".tsv": "read_csv_auto",
  ".txt": "read_csv_auto",
  ".parquet": "read_parquet",
};

/** An embedded in-memory DuckDB that spills to a temp dir of its own (out of core), removed on close. */
export async function openDuckDb(): Promise<{ db: DuckDBConnection; close(): void }> {
  const spill = mkdtempSync(join(tmpdir(), "tierladder-duckdb-"));
  // No network: never download an extension behind the user's back (https://duckdb.org/docs/extensions/overview).
  const instance = await DuckDBInstance.create(":memory:", {
    temp_directory: spill,
    autoinstall_known_extensions: "false",
  });
  const db = await instance.connect();
  return {
    db,
    close() {
      db.closeSync();
      instance.closeSync();
      rmSync(spill, { recursive: true, force: true });
    },
  };
}

/** Reads the input file into the view `view` and returns its column names in file order. */
export async function inputView(db: DuckDBConnection, path: string, view: string): Promise<string[]> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    throw badInput(`--input: expected a .csv or .parquet file, found "${path}"`);
  }
  if (!existsSync(path)) throw badInput(`--input: no file "${path}"`);
  await db.run(`CREATE VIEW "${view}" AS SELECT * FROM ${reader}(${sqlString(path)})`);
  const described = await db.runAndReadAll(`SELECT column_name FROM (DESCRIBE "${view}")`);
  return described.getRows().map((row) => String(row[0]));
}

/** Loads DuckDB's excel extension when it is installed on this machine; false when it is not. */
/**
 * Writes the statement's rows to a .csv (DuckDB's COPY … TO, with a header row, streamed, any size) or an .xlsx
 * (writeXlsx: ExcelJS, up to a sheet's rows). Returns the number of rows written.
 */
export async function writeOutput(db: DuckDBConnection, sql: string, path: string): Promise<number> {
  const ext = extname(path).toLowerCase();
  const body = sql.trim().replace(/;\s*$/, "");
  if (ext === ".xlsx") return writeXlsx(db, body, path);
  if (ext !== ".csv") throw badInput(`--output: expected a .csv or .xlsx file, found "${path}"`);
  const result = await db.runAndReadAll(`COPY (\n${body}\n) TO ${sqlString(path)} (FORMAT csv, HEADER true)`);
  return Number(result.getRows()[0]?.[0] ?? 0);
}
