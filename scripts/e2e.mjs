// Browser tests: build the add-in (development mode, so the preview page is there), serve dist/ on a
// loopback port, and run test/e2e with jest. Chromium is Debian's (/usr/bin/chromium), driven by
// playwright-core with executablePath; no browser is downloaded. Jest runs as an async child process,
// because this process must stay free to answer the browser's requests.
import { spawn, spawnSync } from "node:child_process";
import { serveStatic } from "./serve-static.mjs";

const build = spawnSync("npx", ["webpack", "--mode", "development"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic("dist");
const { port } = server.address();
const jest = spawn(
  "npx",
  [
    "jest",
    "-c",
    "jest.e2e.config.cjs",
    "--runInBand",
    "--json",
    "--outputFile=test-output/e2e.json",
    ...process.argv.slice(2),
  ],
  {
    stdio: "inherit",
    env: { ...process.env, TIERLADDER_BASE_URL: `http://127.0.0.1:${port}` },
  },
);
jest.on("exit", (code, signal) => {
  server.close();
  process.exit(code ?? (signal ? 1 : 0));
});
