import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";
import { openTab, pane, PANE_TABS } from "./support/pane";

const SHOTS = join(process.cwd(), "test-output", "screenshots");
mkdirSync(SHOTS, { recursive: true });

/** Real Excel task panes are narrow (about 320–400 px); the preview's pane is set to this width. */
const WIDTH = 360;

/** How far the pane's content reaches past its width, and which controls stick out on the right. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('[data-testid="preview-pane"]')!;
    const right = box.getBoundingClientRect().left + box.clientWidth;
    const outside: string[] = [];
    for (const el of box.querySelectorAll<HTMLElement>(
      'input, select, button, textarea, [role="tab"], [role="radio"], [role="checkbox"], [role="switch"], label',
    )) {
      const r = el.getBoundingClientRect();
      // Fluent keeps native checkboxes and radios as invisible overlays; their visible parts are checked.
      if (r.width === 0 || getComputedStyle(el).opacity === "0") continue;
      if (r.right > right + 0.5)
        outside.push(
          `${el.tagName.toLowerCase()} ${el.dataset.testid ?? el.textContent?.trim().slice(0, 40) ?? ""} (+${Math.round(r.right - right)} px)`,
        );
    }
    return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, outside };
  });
}

describe.each(["en-US", "zh-CN"] as const)("the pane at %s in a 360 px task pane", (lang) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await openPreview(browser, lang));
    await page.getByTestId("preview-pane").evaluate((el, w) => {
      (el as HTMLElement).style.width = `${w}px`;
    }, WIDTH);
    // Data and a preview, so every tab shows its full set of controls (playbooks, per-tier ladders…).
    await pane(page).getByTestId("data-use-selection").click();
    await pane(page).getByTestId("data-address").waitFor();
    await openTab(page, "tiers");
    await pane(page).getByTestId("tier-table").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PANE_TABS)("keeps every control of the %s tab inside the pane (no sideways scrolling)", async (tab) => {
    await openTab(page, tab);
    if (tab === "ladder") {
      await pane(page).getByTestId("ladder-per-tier").check();
      await pane(page).getByTestId("ladder-tier-own-A").check();
      await pane(page).getByTestId("ladder-alloc-by").selectOption("periods");
      await pane(page).getByTestId("ladder-alloc-what-stages").check();
      await pane(page).getByTestId("ladder-allocation").waitFor();
    }
    if (tab === "tasks") await pane(page).getByTestId("tasks-effort-A-0").waitFor();
    await page.getByTestId("preview-pane").screenshot({ path: join(SHOTS, `${lang}-narrow-${tab}.png`) });
    const o = await overflow(page);
    expect(o.outside).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
  });

  it("shows the whole language drop-down", async () => {
    const select = pane(page).getByTestId("app-language");
    // The chosen language's name, measured in the select's own font, must fit between its paddings (the arrow sits in the right one).
    const room = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      const css = getComputedStyle(s);
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = css.font;
      const text = ctx.measureText(s.options[s.selectedIndex].text).width;
      return { text, space: s.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) };
    });
    expect(room.text).toBeLessThanOrEqual(room.space);
  });
});
