/** Jest for the browser tests in test/e2e (run by scripts/e2e.mjs, which builds and serves dist/ first). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 120000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
};
