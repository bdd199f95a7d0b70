/**
 * One production build of the add-in into dist/ per bench process, shared by the bench files that read it
 * (bundle.bench.ts, cold-load.bench.ts), so running both does not build twice. BENCH_REUSE_DIST=1 skips
 * the build and reads the dist/ already there (repeating a bench on the same build).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

let built: Promise<void> | undefined;

export function productionBuild(): Promise<void> {
  if (process.env.BENCH_REUSE_DIST === "1") return Promise.resolve();
  built ??= promisify(execFile)("npx", ["webpack", "--mode", "production"], { maxBuffer: 64 * 2 ** 20 }).then(
    () => undefined,
  );
  return built;
}
