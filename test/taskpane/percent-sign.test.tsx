/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Ann" : "Bob", i + 1]),
];

/** The text shown right after an input, inside its Fluent UI frame (the `contentAfter` slot). */
const after = (id: string) => screen.getByTestId(id).nextElementSibling?.textContent;

describe.each(["en-US", "zh-CN"])("rate inputs show their %% sign (%s)", (lang) => {
  it("in the stage table and in a tier's own ladder (rates and shares)", async () => {
    const user = await previewTiers(new StubHost(GRID, lang));
    await openTab(user, "ladder");
    expect(after("ladder-rate-0")).toBe("%");
    // Days and actuals are counts: no sign.
    expect(after("ladder-duration-0") ?? "").toBe("");
    await user.click(screen.getByTestId("ladder-per-tier"));
    expect(after("ladder-tier-share-A")).toBe("%");
    await user.click(screen.getByTestId("ladder-tier-own-A"));
    expect(after("ladder-tier-rate-A-0")).toBe("%");
  });
});
