/**
 * Opening the task pane on a cold load, in Chromium (Debian's /usr/bin/chromium through playwright-core,
 * the browser tests' flags), from the production build served gzipped on loopback through a network shaped
 * like an office link (10 Mbit/s down, 40 ms round trip), each load in a fresh browser context (empty cache).
 *
 * "Interactive" means: the Data step's "Use selection" button is on the page and enabled, and the main
 * thread has since painted a frame and come back to its task queue (a requestAnimationFrame, then a
 * setTimeout 0), so a click at that moment is handled at once. Timed from the navigation's start.
 *
 * Baseline in the same run: a page that loads the same Office stand-in (cold-load/office-stub.ts) and then
 * React alone, rendering that one button (cold-load/baseline-entry.ts, built by webpack in production mode).
 * The ratio is what TierLadder's own code, Fluent, i18n and the pane's start-up add to a bare React page.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";
import type { Bench } from "./harness";
import { OFFICE_STUB } from "./cold-load/office-stub";
import { serveGzip } from "./cold-load/serve-gzip";
import { productionBuild } from "./production-build";
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from "../test/e2e/support/browser";

/** An office link: 10 Mbit/s down, 5 up, 40 ms round trip (Chromium's Network.emulateNetworkConditions). */
const NETWORK = { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 };
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RUNS = 7;
/**
 * Target (ours; the issue sets none): interactive within 2.5× the time of a bare React page (the baseline).
 * Missed today (2.3–3.0×): the start-up profile is led by zod building the methods' schemas (~170 ms) and the
 * catalogs (~70 ms), which the store still pulls into the first chunk.
 */
const MAX_RATIO = 2.5;

/** Marks the moment the page is interactive (see the file's comment) as window.__interactiveAt. */
const MARK_INTERACTIVE = `
new MutationObserver((_, observer) => {
  const button = document.querySelector('[data-testid="data-use-selection"]');
  if (!button || button.disabled) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => { window.__interactiveAt = performance.now(); }, 0));
}).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** The baseline page's script, built as the add-in is (production mode, so React's production build). */
async function buildBaseline(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "tierladder-cold-load-"));
  const compiler = webpack({
    mode: "production",
    entry: resolve(__dirname, "cold-load/baseline-entry.ts"),
    output: { path: out, filename: "baseline.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      ],
    },
  });
  await new Promise<void>((ok, fail) =>
    compiler.run((error, stats) =>
      error || stats?.hasErrors() ? fail(error ?? new Error(stats?.toString("errors-only"))) : ok(),
    ),
  );
  return readFileSync(join(out, "baseline.js"), "utf8");
}

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS}"></script></head>
<body><div id="root"></div><script src="bench-baseline.js"></script></body></html>`;

interface ColdPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/** A fresh context per load (no HTTP cache, no compiled-code cache from earlier loads), its page on the shaped network. */
async function coldPage(browser: Browser): Promise<ColdPage> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  await context.addInitScript(MARK_INTERACTIVE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  return { context, page, errors };
}

/** Loads `url` in a fresh page; resolves to the page's own clock (ms from navigation start) when it became interactive. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const { context, page, errors } = await coldPage(browser);
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(() => (window as { __interactiveAt?: number }).__interactiveAt, null, {
      polling: "raf",
      timeout: 60_000,
    });
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export default async function coldLoadBench(h: Bench): Promise<void> {
  const [, baseline] = await Promise.all([productionBuild(), buildBaseline()]);
  const server = await serveGzip("dist", { "bench-baseline.html": BASELINE_HTML, "bench-baseline.js": baseline });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // Baseline and pane alternate, so a swing in the machine's load falls on both; one warm-up load of each first.
    const times = { base: [] as number[], pane: [] as number[] };
    for (let run = 0; run <= RUNS; run++) {
      const base = await timeToInteractive(browser, `${origin}/bench-baseline.html`);
      const pane = await timeToInteractive(browser, `${origin}/taskpane.html`);
      if (run > 0) {
        times.base.push(base);
        times.pane.push(pane);
      }
    }
    const base = median(times.base);
    const pane = median(times.pane);
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
    h.record("cold load", `React alone, one button (baseline; median of ${list(times.base)})`, Math.round(base), "ms");
    h.record(
      "cold load",
      `task pane interactive (taskpane.html; median of ${list(times.pane)})`,
      Math.round(pane),
      "ms",
    );
    h.record(
      "cold load",
      "task pane ÷ React baseline, time to interactive",
      Number((pane / base).toFixed(2)),
      "×",
      MAX_RATIO,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
