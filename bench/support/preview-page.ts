import type { Browser, Page } from "playwright-core";
import { launch } from "../../test/e2e/support/browser";
// @ts-expect-error: a plain .mjs module without types (the browser tests' static server)
import { serveStatic } from "../../scripts/serve-static.mjs";
import { productionBuild } from "../production-build";

interface Served {
  readonly browser: Browser;
  readonly url: string;
  close(): Promise<void>;
}

/** The production build served on a loopback port, with Debian's Chromium (the browser tests' launcher). */
export async function servePreview(): Promise<Served> {
  await productionBuild();
  const server = (await serveStatic("dist")) as import("node:http").Server;
  const { port } = server.address() as import("node:net").AddressInfo;
  const browser = await launch();
  return {
    browser,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** A fresh page on the preview with `customers` sample customers, the customer list read by "Use selection". */
export async function previewWithSelection(served: Served, customers: number): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on("pageerror", (e) => console.error(`preview page error: ${String(e)}`));
  await page.goto(`${served.url}/preview.html?lang=en-US&customers=${customers}`);
  await page.getByTestId("preview-pane").waitFor({ timeout: 600_000 });
  // A million-row sample takes the page a while to build and read: wait as long as it takes.
  await page.getByTestId("data-use-selection").click({ timeout: 600_000 });
  await page.getByTestId("data-counts").waitFor({ timeout: 600_000 });
  return page;
}
