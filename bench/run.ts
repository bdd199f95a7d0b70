/**
 * Runs the bench files (all, or those whose names contain one of the arguments), then prints the
 * table: time, ratio to the baseline measured in the same run, peak memory, target and verdict.
 */
import { BENCHES } from "./benches";
import { createBench, type BenchRow } from "./harness";

function format(row: BenchRow, rows: BenchRow[]) {
  const base = row.baseline ? rows.find((r) => r.group === row.group && r.name === row.baseline) : undefined;
  return {
    group: row.group,
    case: row.name,
    "ms (median)": row.ms !== undefined ? row.ms.toFixed(1) : "",
    "× baseline": base?.ms && row.ms !== undefined ? (row.ms / base.ms).toFixed(2) : "",
    "peak MB": row.peakMb !== undefined ? row.peakMb.toFixed(0) : "",
    value: row.value !== undefined ? `${row.value.toLocaleString("en-US")} ${row.unit ?? ""}` : "",
    target: row.target ?? "",
    ok: row.pass === undefined ? "" : row.pass ? "yes" : "NO",
  };
}

async function main() {
  const filters = process.argv.slice(2);
  const files = Object.keys(BENCHES)
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const bench = createBench();
  for (const file of files) {
    console.log(`running ${file} …`);
    const run = (await BENCHES[file]()).default;
    try {
      await run(bench);
    } catch (error) {
      // A bench file that throws is a missed target, not the end of the run.
      console.error(`${file} failed:`, error);
      bench.rows.push({ group: file, name: `failed: ${String(error).split("\n")[0]}`, target: "runs", pass: false });
    }
  }
  console.table(bench.rows.map((r) => format(r, bench.rows)));
  const missed = bench.rows.filter((r) => r.pass === false);
  console.log(
    missed.length
      ? `${missed.length} target(s) missed: ${missed.map((r) => `${r.group}/${r.name}`).join(", ")}`
      : "all targets met",
  );
  process.exit(missed.length ? 1 : 0);
}

void main();
