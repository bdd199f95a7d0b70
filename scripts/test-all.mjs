// `npm test`: everything, in order — formatting (Prettier), lint, type check, jest (engine, host, functions, pane, manifest),
// then the browser tests in headless Chromium when /usr/bin/chromium is there. Under CI (CI=true) a
// missing browser is a failure, not a skip. Ends with one line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const ci = process.env.CI === "true" || process.env.CI === "1";
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(`${label} (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function countJest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

mkdirSync("test-output", { recursive: true });
run("format", "npx", ["prettier", "--check", "**/*.{ts,tsx,js,cjs,mjs,json}"]);
run("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
run("type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
run("jest", "npx", ["jest", "--json", "--outputFile=test-output/jest.json"]);
countJest("test-output/jest.json");

if (existsSync(chromium)) {
  run("browser tests", "node", ["scripts/e2e.mjs"], { CHROMIUM_PATH: chromium });
  countJest("test-output/e2e.json");
} else if (ci) {
  failures.push(`browser tests: ${chromium} is missing (CI installs it with apt-get install chromium)`);
} else {
  console.log(`\n(browser tests skipped: ${chromium} not found; apt-get install -y chromium to run them)`);
}

console.log("");
if (failures.length) console.log(`Failed steps: ${failures.join("; ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
