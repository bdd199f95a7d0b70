/* global setImmediate */
// Dev server settings for `npm start`: https://localhost:3000 with office-addin-dev-certs when its
// certificates are (or can be) installed, which real Excel needs; otherwise plain http, so the preview
// page still works. It prints one line when the certificate cannot be used (why, and what to do) and one
// line when the first build is served (where the preview and the add-in are).
const PORT = Number(process.env.PORT || 3000);

/** The cause of a certificate failure in a few words, without the shell's own prefixes ("/bin/sh: 1: …"). */
function certificateReason(error) {
  const text = String(error && error.message ? error.message : error);
  if (/sudo: (command )?not found/i.test(text))
    return "installing it needs administrator rights (sudo), which this machine does not have";
  if (/permission denied|access is denied|not permitted/i.test(text)) return "installing it needs administrator rights";
  const first = text
    .split("\n")
    .map((l) => l.replace(/^\/bin\/\w*sh:\s*(\d+:\s*)?/, "").trim())
    .find(Boolean);
  return first || "the certificate tool failed";
}

async function httpsOptions() {
  if (process.env.TIERLADDER_HTTP === "1") return { reason: "TIERLADDER_HTTP=1 asked for http" };
  // office-addin-dev-certs talks on the console while it works; keep it quiet and say it in one line.
  const log = console.log;
  console.log = () => undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    return { options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    return { reason: `the Office developer certificate could not be installed: ${certificateReason(error)}` };
  } finally {
    console.log = log;
  }
}

async function devServerOptions() {
  if (process.env.WEBPACK_SERVE !== "true") return undefined;
  const https = await httpsOptions();
  const scheme = https.options ? "https" : "http";
  const base = `${scheme}://localhost:${PORT}`;
  if (!https.options) {
    console.log(
      `TierLadder: serving over http because ${https.reason}; the preview works, Excel needs https (run "npx office-addin-dev-certs install" with administrator rights, then npm start again).`,
    );
  }
  let announced = false;
  return {
    port: PORT,
    host: "localhost",
    hot: false,
    liveReload: true,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: https.options ? { type: "https", options: https.options } : { type: "http" },
    static: false,
    open: false,
    client: { overlay: { warnings: false, errors: true } },
    // One line once the first build is served: where the preview and the add-in are.
    setupMiddlewares(middlewares, devServer) {
      devServer.compiler.hooks.done.tap("tierladder-ready", (stats) => {
        if (announced) return;
        if (stats.hasErrors()) {
          console.log("TierLadder: the build failed (errors above); the server retries when you save a file.");
          return;
        }
        announced = true;
        const addin = https.options
          ? `add-in ${base}/taskpane.html (npm run sideload to open it in Excel)`
          : "add-in: needs https, see the line above";
        // After webpack's own build report, which it prints once the done hooks have run: the last line says where.
        setImmediate(() => console.log(`\nTierLadder is ready: preview ${base}/preview.html · ${addin}\n`));
      });
      return middlewares;
    },
  };
}

module.exports = { devServerOptions, certificateReason };
