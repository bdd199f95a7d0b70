// Lint: typescript-eslint's recommended rules everywhere; eslint-plugin-office-addins' load/sync rules (the
// mistakes that only show up in real Excel) on all source; and the shape rules of issue 12 on src/: React's
// hook rules, no import cycles, no deep imports past a folder's barrel from outside it, a ceiling on function
// length and on positional parameters. Formatting is Prettier's (`.prettierrc.json`), checked by `npm test`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import importX from "eslint-plugin-import-x";
import prettierOff from "eslint-config-prettier";

/** Lines a function may have after Prettier, blank lines and comments not counted. A component's JSX is markup. */
const FUNCTION_LINES = { ts: 80, tsx: 100 };

/** From outside a folder with a barrel (index.ts), import the barrel, not a file behind it. */
const deepImports = (group) => [
  "error",
  { patterns: [{ group, message: "import the folder's barrel (index.ts), not a file behind it" }] },
];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "node_modules/",
      "test-output/",
      "reports/",
      ".stryker-tmp/",
      "bench/.bench-run.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "max-lines-per-function": ["error", { max: FUNCTION_LINES.ts, skipBlankLines: true, skipComments: true }],
      "max-params": ["error", 4],
    },
  },
  {
    files: ["src/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: FUNCTION_LINES.tsx, skipBlankLines: true, skipComments: true }],
    },
  },
  // Outside the engine, the engine is reached through its folders' barrels (src/engine/<folder>/index.ts).
  {
    files: ["src/{taskpane,functions,commands,preview,host}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": deepImports([
        "**/engine/*/*",
        "!**/engine/tiering/numeric",
        "!**/engine/reps/incentives",
      ]),
    },
  },
  // Outside the host, the host is reached through src/host/index.ts.
  {
    files: ["src/{taskpane,functions,commands,preview,engine}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": deepImports([
        "**/engine/*/*",
        "!**/engine/tiering/numeric",
        "!**/engine/reps/incentives",
        "**/host/*/*",
        "**/host/*",
      ]),
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettierOff,
);
