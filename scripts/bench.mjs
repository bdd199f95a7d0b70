// `npm run bench`: runs every bench/*.bench.ts (listed in bench/benches.ts) in one Node process (so each case and
// its baseline are measured on the same machine state), prints one table, and exits 1 if any target was missed.
// Pass file-name fragments to run a subset: `npm run bench -- tiering host`.
//
// The benches run as one esbuild bundle of our code (packages stay outside), because that is how the code ships:
// webpack joins the pane's modules into one scope. Run file by file through tsx (one CommonJS module each, every
// call across files through an export getter), the order-history join measured 35–40 % slower than the same code
// bundled (2026-11-30, back to back, same machine). The bundle sits in bench/ so the benches' __dirname holds.
import { spawnSync } from "node:child_process";
import { build } from "esbuild";

const bundle = "bench/.bench-run.cjs";
await build({
  entryPoints: ["bench/run.ts"],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, [bundle, ...args], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc --max-old-space-size=8192`.trim(),
  },
});
process.exit(result.status ?? 1);
