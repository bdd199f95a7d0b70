/**
 * `npm start`: https with the Office developer certificate when it can be installed, otherwise http
 * with one line that says why (the preview still works; Excel needs https); one line when the first
 * build is served, with the URLs.
 */
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: jest.fn(),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const devCerts = require("office-addin-dev-certs") as { getHttpsServerOptions: jest.Mock };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerOptions, certificateReason } = require("../../scripts/dev-server-options.cjs");

type Done = (stats: { hasErrors(): boolean }) => void;
/** The ready line is printed after webpack's build report (on the next turn of the event loop). */
const flush = () => new Promise((resolve) => setImmediate(resolve));
/** Runs the options' setupMiddlewares on a stand-in dev server and returns its compiler's done hook. */
function doneHook(options: { setupMiddlewares(m: unknown[], s: unknown): unknown[] }): Done {
  let done: Done | undefined;
  const devServer = {
    compiler: {
      hooks: {
        done: {
          tap: (_name: string, f: Done) => {
            done = f;
          },
        },
      },
    },
  };
  expect(options.setupMiddlewares([], devServer)).toEqual([]);
  return done!;
}

describe("the dev server behind npm start", () => {
  const env = { ...process.env };
  let log: jest.SpyInstance;
  const said = () =>
    log.mock.calls
      .map((c) => c.join(" "))
      .join("\n")
      .trim();
  beforeEach(() => {
    process.env.WEBPACK_SERVE = "true";
    delete process.env.TIERLADDER_HTTP;
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.env = { ...env };
    log.mockRestore();
  });

  it("serves https on port 3000 with the developer certificate, and says once where, when the first build is ready", async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ key: "k", cert: "c", ca: "a" });
    const options = await devServerOptions();
    expect(options.port).toBe(3000);
    expect(options.server).toEqual({ type: "https", options: { key: "k", cert: "c", ca: "a" } });
    expect(said()).toBe(""); // nothing yet: the build is not ready
    const done = doneHook(options);
    done({ hasErrors: () => false });
    done({ hasErrors: () => false });
    await flush();
    expect(said()).toBe(
      "TierLadder is ready: preview https://localhost:3000/preview.html · add-in https://localhost:3000/taskpane.html (npm run sideload to open it in Excel)",
    );
  });

  it("falls back to http with one clear line, not the certificate tool's output or the shell's error", async () => {
    devCerts.getHttpsServerOptions.mockImplementation(async () => {
      // What office-addin-dev-certs prints and throws on a machine without sudo (seen on this project's build machine).
      console.log("The developer certificates have been generated in /root/.office-addin-dev-certs");
      console.log('Installing CA certificate "Developer CA for Microsoft Office Add-ins"...');
      throw new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n");
    });
    const options = await devServerOptions();
    expect(options.server).toEqual({ type: "http" });
    expect(log.mock.calls).toHaveLength(1);
    expect(said()).toBe(
      'TierLadder: serving over http because the Office developer certificate could not be installed: installing it needs administrator rights (sudo), which this machine does not have; the preview works, Excel needs https (run "npx office-addin-dev-certs install" with administrator rights, then npm start again).',
    );
    log.mockClear();
    doneHook(options)({ hasErrors: () => false });
    await flush();
    expect(said()).toContain("TierLadder is ready: preview http://localhost:3000/preview.html");
  });

  it("names another certificate failure by its first line, without the shell's prefix", () => {
    expect(certificateReason(new Error("/bin/sh: 1: certutil: not found\nmore"))).toBe("certutil: not found");
  });

  it("says the build failed instead of ready when the first build has errors", async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ key: "k", cert: "c", ca: "a" });
    const done = doneHook(await devServerOptions());
    done({ hasErrors: () => true });
    expect(said()).toMatch(/^TierLadder: the build failed/);
    log.mockClear();
    done({ hasErrors: () => false });
    await flush();
    expect(said()).toMatch(/^TierLadder is ready/);
  });

  it("gives webpack no dev server outside `webpack serve` (builds do not touch certificates)", async () => {
    delete process.env.WEBPACK_SERVE;
    devCerts.getHttpsServerOptions.mockClear();
    expect(await devServerOptions()).toBeUndefined();
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
  });
});
