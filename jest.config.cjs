/** Jest: unit, host and component tests. Browser (e2e) tests run separately through scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/lazy-chunks-loaded.ts"],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.cjs" },
};
