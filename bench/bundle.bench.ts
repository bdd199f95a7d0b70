/**
 * The task pane's initial JavaScript, gzipped: every script taskpane.html loads (the shared runtime's
 * functions and commands chunks and the pane itself) from a production build; the chunks loaded later (the
 * steps after Data, the write code: src/taskpane/panes/lazy-panes.ts) are not counted. Target (issue 16):
 * at most 200 KB.
 * Baseline in the same run: the gzip size of the production React + ReactDOM alone, so the ratio says
 * how much TierLadder and Fluent add on top of the framework.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Bench } from "./harness";
import { productionBuild } from "./production-build";

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export default async function bundleBench(h: Bench): Promise<void> {
  await productionBuild();
  const html = readFileSync("dist/taskpane.html", "utf8");
  // The minified page may leave attribute values unquoted (src=taskpane.js).
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  if (!scripts.includes("taskpane.js"))
    throw new Error(`taskpane.html loads no taskpane.js (found: ${scripts.join(", ") || "nothing"})`);
  const bytes = scripts.reduce((sum, src) => sum + gz(join("dist", src)), 0);
  // The packages' "exports" hide their cjs/ files from require.resolve, so go through package.json.
  const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);
  const react =
    gz(packageFile("react", "cjs/react.production.js")) +
    gz(packageFile("react-dom", "cjs/react-dom-client.production.js"));
  h.record("bundle", "react + react-dom (baseline, gzip)", Math.round(react / 1024), "KB");
  h.record("bundle", `task pane initial JS (${scripts.join(" + ")}, gzip)`, Math.round(bytes / 1024), "KB", 200);
  h.record("bundle", "task pane ÷ react baseline", Number((bytes / react).toFixed(2)), "×");
}
