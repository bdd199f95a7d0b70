// `npm run bench`: runs every bench/*.bench.ts in one Node process (so each case and its baseline are
// measured on the same machine state), prints one table, and exits 1 if any target was missed.
// Pass file-name fragments to run a subset: `npm run bench -- tiering host`.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const result = spawnSync("npx", ["tsx", "bench/run.ts", ...args], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc --max-old-space-size=8192`.trim(),
  },
});
process.exit(result.status ?? 1);
