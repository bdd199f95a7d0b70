/**
 * One production build of the add-in into dist/ per `npm run bench`, shared by the bench files that read it
 * (bundle.bench.ts, cold-load.bench.ts, the browser benches), so running several does not build more than once.
 * Each bench file runs in a process of its own (run.ts): the first to build leaves a marker in dist/ named after
 * the run (BENCH_RUN_ID), and the later ones find it. BENCH_REUSE_DIST=1 skips the build and reads the dist/
 * already there (repeating a bench on the same build).
 */
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

let built: Promise<void> | undefined;

export function productionBuild(): Promise<void> {
  if (process.env.BENCH_REUSE_DIST === "1") return Promise.resolve();
  const marker = process.env.BENCH_RUN_ID ? join("dist", `.bench-built-${process.env.BENCH_RUN_ID}`) : undefined;
  if (marker && existsSync(marker)) return Promise.resolve();
  built ??= promisify(execFile)("npx", ["webpack", "--mode", "production"], { maxBuffer: 64 * 2 ** 20 }).then(() => {
    if (marker) writeFileSync(marker, "");
  });
  return built;
}
