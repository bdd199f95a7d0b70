import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, never a downloaded browser (DESIGN.md, Testing). */
export const CHROMIUM = process.env.TIERLADDER_CHROMIUM ?? "/usr/bin/chromium";
/** Chromium's flags for every browser run (the browser tests and the browser benches). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function baseUrl(): string {
  const url = process.env.TIERLADDER_BASE_URL;
  if (!url)
    throw new Error(
      "TIERLADDER_BASE_URL is not set: run the browser tests with `node scripts/e2e.mjs`, which builds and serves dist/.",
    );
  return url.replace(/\/$/, "");
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Opens preview.html in the given language on a fresh page the size of a laptop screen, and waits until
 * the page has its workbook and the pane is drawn. Page errors are collected so a test can assert none.
 */
export async function openPreview(
  browser: Browser,
  lang: "en-US" | "zh-CN",
): Promise<{ page: Page; errors: string[] }> {
  // A page of its own context: @axe-core/playwright needs one (it opens a blank page beside it).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${baseUrl()}/preview.html?lang=${lang}`);
  await page.waitForFunction(() =>
    Boolean((window as unknown as { __tierladderPreview?: unknown }).__tierladderPreview),
  );
  await page.getByTestId("preview-pane").waitFor();
  return { page, errors };
}
