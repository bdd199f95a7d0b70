import { badInput } from "./cli-error";
import { openDuckDb, inputView, writeOutput } from "./duckdb-files";
import { requiredFlag, type Flags } from "./flags";
import { schemeOf, sqlFor } from "./sql-command";

/** The view the input file is read into. */
const INPUT_VIEW = "tierladder_input";

/**
 * `tierladder run`: the scheme's SQL on embedded DuckDB over a .csv or .parquet file, written to a .csv (or .xlsx).
 * The scheme's column indexes are the file's columns in file order. DuckDB reads the file as it goes and spills to
 * disk, so the file can be far larger than a sheet.
 */
export async function runCommand(flags: Flags, log: (text: string) => void): Promise<void> {
  const input = requiredFlag(flags, "input", 'for "tierladder run"');
  const output = requiredFlag(flags, "output", 'for "tierladder run"');
  if (flags.dialect !== undefined && flags.dialect !== "duckdb") {
    throw badInput(`--dialect: "tierladder run" runs on DuckDB, found "${flags.dialect}"`);
  }
  if (flags.columns !== undefined) throw badInput("--columns: run takes the column names from the input file");
  const { db, close } = await openDuckDb();
  try {
    const columns = await inputView(db, input, INPUT_VIEW);
    const sql = sqlFor(flags, schemeOf(flags, columns), "duckdb", INPUT_VIEW);
    const rows = await writeOutput(db, sql, output);
    log(`${output}: ${rows.toLocaleString("en-US")} customers written`);
  } finally {
    close();
  }
}
