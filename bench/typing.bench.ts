/**
 * Typing in the Tiers tab (issue 16), measured in Chromium on the production build's preview page with a large
 * sample (`?customers=`): each keystroke in the tier labels changes the scheme, and the time runs from the
 * keydown to the "tierladder:preview-shown" User Timing mark the pane sets once the new tiers are committed
 * (usePreviewShownMark). The page's long tasks (PerformanceObserver "longtask") give the longest time the pane
 * was blocked. Baseline: a Float64Array sort of as many values, in the same page.
 * Targets: ≤ 100 ms from key to preview at 100,000 customers; never blocked longer than 200 ms at 1,048,575.
 */
import type { Page } from "playwright-core";
import type { Bench } from "./harness";
import { previewWithSelection, servePreview } from "./support/preview-page";

const KEYS = 8;
const BASE = "baseline: Float64Array sort of as many values (in the page)";

async function sortBaseline(page: Page, n: number): Promise<number[]> {
  return page.evaluate((count) => {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const a = new Float64Array(count);
      for (let i = 0; i < count; i++) a[i] = Math.random();
      const t = performance.now();
      a.sort();
      times.push(performance.now() - t);
    }
    return times;
  }, n);
}

/** Types KEYS keystrokes in the labels field, one at a time, each waited for; returns key → preview times and long tasks. */
async function typeLabels(page: Page): Promise<{ latencies: number[]; longTasks: number[] }> {
  await page.getByTestId("tab-tiers").click({ timeout: 600_000 });
  await page.getByTestId("tiers-preview").waitFor({ timeout: 600_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __long: number[] };
    w.__keys = [];
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
      type: "longtask",
    });
    document.addEventListener("keydown", () => w.__keys.push(performance.now()), true);
  });
  const labels = page.getByTestId("tiers-labels");
  await labels.click({ timeout: 600_000 });
  await labels.press("End", { timeout: 600_000 });
  const latencies: number[] = [];
  for (let k = 0; k < KEYS; k++) {
    const marks = await page.evaluate(() => performance.getEntriesByName("tierladder:preview-shown").length);
    await labels.press(k % 2 === 0 ? "x" : "Backspace", { timeout: 600_000 });
    await page.waitForFunction(
      (before) =>
        performance.getEntriesByName("tierladder:preview-shown").length > before &&
        !document.querySelector('[data-testid="tiers-preview-pending"]'),
      marks,
      { timeout: 600_000, polling: 20 },
    );
    latencies.push(
      await page.evaluate(() => {
        const w = window as unknown as { __keys: number[] };
        const shown = performance.getEntriesByName("tierladder:preview-shown");
        return shown[shown.length - 1].startTime - w.__keys[w.__keys.length - 1];
      }),
    );
  }
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return { latencies, longTasks };
}

export default async function typingBench(h: Bench): Promise<void> {
  const served = await servePreview();
  try {
    for (const [customers, target] of [
      [100_000, "latency"],
      [1_048_575, "blocking"],
    ] as const) {
      const group = `typing in the Tiers tab (Chromium), ${customers.toLocaleString("en-US")} customers`;
      const page = await previewWithSelection(served, customers);
      h.timed(group, BASE, await sortBaseline(page, customers));
      const { latencies, longTasks } = await typeLabels(page);
      h.timed(group, `keystroke → preview shown (median of ${KEYS})`, latencies, {
        baseline: BASE,
        ...(target === "latency" ? { maxMs: 100 } : {}),
      });
      h.timed(group, "longest main-thread task while typing", [Math.max(0, ...longTasks)], {
        baseline: BASE,
        ...(target === "blocking" ? { maxMs: 200 } : {}),
      });
      await page.close();
    }
  } finally {
    await served.close();
  }
}
