/** Jest: unit, host and component tests. Browser (e2e) tests run separately through scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  // Tests that open a workbook file and save it through ExcelJS take 1–3 s alone and several times that on a busy
  // 2-core machine; jest's 5 s default failed them for load, not for a fault (a hang still fails, at 20 s).
  testTimeout: 20_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/lazy-chunks-loaded.ts"],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.cjs" },
};
