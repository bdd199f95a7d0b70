/**
 * Runs the bench files (all, or those whose names contain one of the arguments), then prints the
 * table: time, ratio to the baseline measured in the same run, peak memory, target and verdict.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** Runs one bench file in this process and writes its rows, as JSON, to the file `out`. */
async function runOne(file: string, out: string): Promise<void> {
  const bench = createBench();
  try {
    await (await BENCHES[file]()).default(bench);
  } catch (error) {
    // A bench file that throws is a missed target, not the end of the run.
    console.error(`${file} failed:`, error);
    bench.rows.push({ group: file, name: `failed: ${String(error).split("\n")[0]}`, target: "runs", pass: false });
  }
  writeFileSync(out, JSON.stringify(bench.rows));
}

/**
 * Each bench file runs in a Node process of its own (this script again, with BENCH_FILE set), so that one file's
 * leftovers — a webpack build, a million-row workbook, a browser's pipes — do not slow the next: run after the
 * file benches in one process, the history join's grading took 1.43 s against 1.06 s on its own (2026-12-01).
 * A case and its baseline are in one file, so they are still measured in the same process.
 */
async function main() {
  const one = process.env.BENCH_FILE;
  if (one !== undefined) return runOne(one, process.env.BENCH_ROWS_OUT!);
  const filters = process.argv.slice(2);
  const files = Object.keys(BENCHES)
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const rows: BenchRow[] = [];
  const out = join(mkdtempSync(join(tmpdir(), "tierladder-bench-")), "rows.json");
  const runId = `${process.pid}-${Date.now()}`; // production-build.ts builds once per run
  for (const file of files) {
    console.log(`running ${file} …`);
    rmSync(out, { force: true });
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]], {
      stdio: "inherit",
      env: { ...process.env, BENCH_FILE: file, BENCH_ROWS_OUT: out, BENCH_RUN_ID: runId },
    });
    if (existsSync(out)) rows.push(...(JSON.parse(readFileSync(out, "utf8")) as BenchRow[]));
    else rows.push({ group: file, name: `failed: its process ended with ${child.status ?? child.signal}`, target: "runs", pass: false }); // prettier-ignore
  }
  console.table(rows.map((r) => format(r, rows)));
  const missed = rows.filter((r) => r.pass === false);
  console.log(
    missed.length
      ? `${missed.length} target(s) missed: ${missed.map((r) => `${r.group}/${r.name}`).join(", ")}`
      : "all targets met",
  );
  process.exit(missed.length ? 1 : 0);
}

void main();
