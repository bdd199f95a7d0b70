import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
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
async function loadsExcel(db: DuckDBConnection): Promise<boolean> {
  try {
    await db.run("LOAD excel");
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the statement's rows to a .csv (DuckDB's COPY … TO, with a header row) or an .xlsx (DuckDB's excel
 * extension, https://duckdb.org/docs/extensions/excel, when installed: DuckDB downloads it on `INSTALL excel`, which
 * needs the internet, so the command refuses .xlsx where it is missing). Returns the number of rows written.
 */
export async function writeOutput(db: DuckDBConnection, sql: string, path: string): Promise<number> {
  const ext = extname(path).toLowerCase();
  let format: string;
  if (ext === ".csv") format = "FORMAT csv, HEADER true";
  else if (ext === ".xlsx") {
    if (!(await loadsExcel(db))) {
      throw badInput(
        `--output: writing .xlsx needs DuckDB's excel extension, which is not installed here (DuckDB fetches it ` +
          `with "INSTALL excel", online); write a .csv instead, which Excel opens`,
      );
    }
    format = "FORMAT xlsx, HEADER true";
  } else throw badInput(`--output: expected a .csv or .xlsx file, found "${path}"`);
  const body = sql.trim().replace(/;\s*$/, "");
  const result = await db.runAndReadAll(`COPY (\n${body}\n) TO ${sqlString(path)} (${format})`);
  return Number(result.getRows()[0]?.[0] ?? 0);
}
