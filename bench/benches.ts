/**
 * Every bench file, by file name, loaded when run. Listed here, not found on disk at run time, because
 * `npm run bench` runs one esbuild bundle of the benches (scripts/bench.mjs: the code measured as it ships,
 * modules joined into one scope as webpack joins them for the pane, not one CommonJS module per file as
 * tsx runs them). test/bench/benches-listed.test.ts checks that every *.bench.ts file is here.
 */
import type { Bench } from "./harness";

export type BenchFile = () => Promise<{ default: (h: Bench) => Promise<void> }>;

export const BENCHES: Readonly<Record<string, BenchFile>> = {
  "assign.bench.ts": () => import("./assign.bench"),
  "bundle.bench.ts": () => import("./bundle.bench"),
  "cold-load.bench.ts": () => import("./cold-load.bench"),
  "commission.bench.ts": () => import("./commission.bench"),
  "file-open.bench.ts": () => import("./file-open.bench"),
  "file-save.bench.ts": () => import("./file-save.bench"),
  "functions.bench.ts": () => import("./functions.bench"),
  "history.bench.ts": () => import("./history.bench"),
  "host.bench.ts": () => import("./host.bench"),
  "planning.bench.ts": () => import("./planning.bench"),
  "sql.bench.ts": () => import("./sql.bench"),
  "table.bench.ts": () => import("./table.bench"),
  "tiering-numeric.bench.ts": () => import("./tiering-numeric.bench"),
  "tiering.bench.ts": () => import("./tiering.bench"),
  "typing.bench.ts": () => import("./typing.bench"),
};
