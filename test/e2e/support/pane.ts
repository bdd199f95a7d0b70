import type { Locator, Page } from "playwright-core";

/** The task pane inside the preview page (the right-hand side). */
export const pane = (page: Page): Locator => page.getByTestId("preview-pane");

export type PaneTab = "data" | "tiers" | "write" | "ladder" | "tasks";
export const PANE_TABS: readonly PaneTab[] = ["data", "tiers", "write", "ladder", "tasks"];

export async function openTab(page: Page, tab: PaneTab): Promise<void> {
  await pane(page).getByTestId(`tab-${tab}`).click();
  await pane(page).getByTestId(`tab-${tab}`).and(page.locator('[aria-selected="true"]')).waitFor();
}

/** Types into a Fluent Input the way a user does: select all, type, leave the field. */
export async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const input = pane(page).getByTestId(testId);
  await input.click();
  await input.press("ControlOrMeta+a");
  await input.fill(text);
  await input.press("Tab");
}

/** Waits for the write to finish and returns the success message's text (or throws with the error bar's text). */
export async function waitForWrite(page: Page): Promise<string> {
  const ok = pane(page).getByTestId("write-result");
  const bad = pane(page).getByTestId("write-error");
  await ok.or(bad).first().waitFor({ timeout: 60_000 });
  if (await bad.isVisible()) throw new Error(`the pane reported a write error: ${await bad.innerText()}`);
  return ok.innerText();
}
