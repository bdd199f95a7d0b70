// @ts-check
// Mutation testing (StrykerJS): plants small bugs in the source, one at a time, and checks that some test fails.
// Slow, so not part of `npm test`; run it on one folder at a time (docs/mutation-testing.md):
//   npm run mutate -- --mutate 'src/engine/ladder/**/*.ts'
// The tests that run are those of the same folder under test/ (src/engine/ladder → test/engine/ladder): a
// folder's own tests should kill its mutants, and the pane's tests (20 s a file) would take hours. To run others:
//   STRYKER_TESTS='test/engine/**/*.test.ts' npm run mutate -- --mutate 'src/engine/ladder/**/*.ts'
// The choice narrows jest's own testMatch, not Stryker's --testFiles: with --testFiles, StrykerJS 9.5 reports
// mutants of module-level code as survived without running a test (stryker-js issues #6144 and #6209).

/** The test folder matching the first --mutate pattern ("src/engine/ladder/**\/*.ts" → "test/engine/ladder"). */
function testFolderOf(argv) {
  const i = argv.findIndex((a) => a === "--mutate" || a === "-m" || a.startsWith("--mutate="));
  const pattern = i < 0 ? undefined : argv[i].startsWith("--mutate=") ? argv[i].slice("--mutate=".length) : argv[i + 1];
  const folder = pattern?.match(/^src\/([\w/-]+?)\/(?:\*|[{@]|[\w-]+\.tsx?$)/)?.[1];
  return folder ? `test/${folder}` : "test/engine";
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.cjs",
    config: {
      testMatch: [`<rootDir>/${process.env.STRYKER_TESTS ?? `${testFolderOf(process.argv)}/**/*.test.ts?(x)`}`],
    },
  },
  mutate: ["src/engine/**/*.ts", "!src/engine/**/index.ts"],
  // Each mutant runs only the tests that reached it in the first run.
  coverageAnalysis: "perTest",
  // Two cores, shared: one test runner.
  concurrency: 1,
  // A busy machine: give a slow test room before calling a mutant a timeout.
  timeoutMS: 10000,
  // Re-test only mutants whose code or tests changed since the last run; the file stays local (.gitignore).
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  ignorePatterns: ["dist", "coverage", "test-output", "reports", "bench", "assets", "test/e2e"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Scores as docs/mutation-testing.md records them; `break` fails the run below it.
  thresholds: { high: 90, low: 75, break: 60 },
};
