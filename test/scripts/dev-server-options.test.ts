/**
 * `npm start`: https with the Office developer certificate when it can be installed, otherwise http
 * with a line that says why (the preview still works; Excel needs https).
 */
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: jest.fn(),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const devCerts = require("office-addin-dev-certs") as { getHttpsServerOptions: jest.Mock };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerOptions } = require("../../scripts/dev-server-options.cjs");

describe("the dev server behind npm start", () => {
  const env = { ...process.env };
  let log: jest.SpyInstance;
  beforeEach(() => {
    process.env.WEBPACK_SERVE = "true";
    delete process.env.TIERLADDER_HTTP;
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.env = { ...env };
    log.mockRestore();
  });

  it("serves https on port 3000 with the developer certificate when it is available", async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ key: "k", cert: "c", ca: "a" });
    const options = await devServerOptions();
    expect(options.port).toBe(3000);
    expect(options.server).toEqual({ type: "https", options: { key: "k", cert: "c", ca: "a" } });
    expect(log.mock.calls.flat().join("\n")).toContain("https://localhost:3000/preview.html");
  });

  it("falls back to http and says why when the certificate cannot be installed", async () => {
    devCerts.getHttpsServerOptions.mockRejectedValue(new Error("Unable to install the CA certificate. sudo: not found"));
    const options = await devServerOptions();
    expect(options.server).toEqual({ type: "http" });
    const said = log.mock.calls.flat().join("\n");
    expect(said).toContain("http://localhost:3000/preview.html");
    expect(said).toMatch(/Serving over http because office-addin-dev-certs could not install a trusted certificate here \(Unable to install the CA certificate/);
  });

  it("gives webpack no dev server outside `webpack serve` (builds do not touch certificates)", async () => {
    delete process.env.WEBPACK_SERVE;
    devCerts.getHttpsServerOptions.mockClear();
    expect(await devServerOptions()).toBeUndefined();
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
  });
});
