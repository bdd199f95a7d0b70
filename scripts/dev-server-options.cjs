// Dev server settings for `npm start`: https://localhost:3000 with office-addin-dev-certs when its
// certificates are (or can be) installed, which real Excel needs; otherwise plain http, so the preview
// page still works, and a line saying why Excel cannot load the add-in from it.
const PORT = Number(process.env.PORT || 3000);

async function httpsOptions() {
  if (process.env.TIERLADDER_HTTP === "1") return { reason: "TIERLADDER_HTTP=1 asked for http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    return { options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    return { reason: `office-addin-dev-certs could not install a trusted certificate here (${String(error && error.message ? error.message : error).split("\n")[0]})` };
  }
}

async function devServerOptions() {
  if (process.env.WEBPACK_SERVE !== "true") return undefined;
  const https = await httpsOptions();
  const scheme = https.options ? "https" : "http";
  const base = `${scheme}://localhost:${PORT}`;
  console.log(`\nTierLadder dev server: ${base}/preview.html (preview with a sample workbook, no Excel needed)`);
  if (https.options) console.log(`Add-in for Excel: sideload manifest.xml (see README); it loads ${base}/taskpane.html`);
  else console.log(`Serving over http because ${https.reason}. Excel needs https, so only the preview works until the certificate is installed (npx office-addin-dev-certs install).`);
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
  };
}

module.exports = { devServerOptions };
