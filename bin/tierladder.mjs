#!/usr/bin/env node
// `npx tierladder …`: loads the TypeScript command line through tsx's ESM API, so it runs straight after
// `npm ci` with no build step (tsx is a devDependency of the project, as for `npm run bench`).
import { tsImport } from "tsx/esm/api";

const cli = await tsImport("../src/cli/main.ts", import.meta.url);
const main = cli.main ?? cli.default?.main;
process.exitCode = await main(process.argv.slice(2));
