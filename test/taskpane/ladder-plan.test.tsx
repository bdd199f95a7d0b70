/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();

// Ten customers, sales 1..10; odd-numbered customers (sales 1, 3, 5, 7, 9 → 25) are Bob's, even (2..10 → 30) Ann's.
const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Ann" : "Bob", i + 1]),
];

async function ladderWithTiers() {
  const host = new StubHost(GRID);
  const user = await previewTiers(host);
  await openTab(user, "ladder");
  const deals = screen.getByTestId("ladder-deals");
  await user.clear(deals);
  await user.type(deals, "10");
  return { user, host };
}
const text = (id: string) => screen.getByTestId(id).textContent;

describe("per-tier ladders in the Ladder tab", () => {
  it("plans each tier's funnel from its share (20/30/50 of 10 deals) and shows the combined funnel", async () => {
    const { user } = await ladderWithTiers();
    await user.click(screen.getByTestId("ladder-per-tier"));
    // 2/3/5 deals; backward at 50/40/50/50/60 %: A 80/40/16/8/4/2, B 100/50/20/10/5/3, C 180/90/36/18/9/5.
    expect([0, 5].map((s) => text(`ladder-tier-target-A-${s}`))).toEqual(["80", "2"]);
    expect([0, 5].map((s) => text(`ladder-tier-target-C-${s}`))).toEqual(["180", "5"]);
    expect(Array.from({ length: 6 }, (_, s) => text(`ladder-tier-combined-${s}`))).toEqual([
      "360",
      "180",
      "72",
      "36",
      "18",
      "10",
    ]);
    // The funnel drawn and the target table follow the combined plan.
    expect(text("ladder-target-0")).toBe("360");
  });

  it("gives a tier its own stages and rates", async () => {
    const { user } = await ladderWithTiers();
    await user.click(screen.getByTestId("ladder-per-tier"));
    await user.click(screen.getByTestId("ladder-tier-own-A"));
    // Tier A without "First contact": 2 → 4, 8, 16, then 16 / 50 % = 32 leads; B + C alone reach First contact.
    await user.click(screen.getByTestId("ladder-tier-remove-A-1"));
    expect(text("ladder-tier-target-A-0")).toBe("32");
    expect(text("ladder-tier-target-A-1")).toBe("–");
    expect(text("ladder-tier-combined-1")).toBe("140");
    // A's own rate from leads: 25 % doubles its leads to 64.
    const rate = screen.getByTestId("ladder-tier-rate-A-0");
    await user.clear(rate);
    await user.type(rate, "25");
    expect(text("ladder-tier-target-A-0")).toBe("64");
  });

  it("says when the tiers' shares do not add up to 100 %", async () => {
    const { user } = await ladderWithTiers();
    await user.click(screen.getByTestId("ladder-per-tier"));
    const share = screen.getByTestId("ladder-tier-share-C");
    await user.clear(share);
    await user.type(share, "40");
    expect(text("ladder-error")).toContain("The tiers' shares of the target must add up to 100%; they add up to 90%.");
  });

  it("writes the combined funnel to the funnel sheet", async () => {
    const { user, host } = await ladderWithTiers();
    await user.click(screen.getByTestId("ladder-per-tier"));
    await user.click(screen.getByTestId("ladder-write-funnel"));
    await screen.findByTestId("write-result");
    const targets = host.plans[0].sheets[0].blocks
      .flatMap((b) => b.values)
      .map((r) => r[1])
      .filter((v) => typeof v === "number");
    expect(targets.slice(0, 6)).toEqual([360, 180, 72, 36, 18, 10]);
  });
});

describe("allocation in the Ladder tab", () => {
  it("splits the deal target across reps by their sales and checks the sum", async () => {
    const { user } = await ladderWithTiers();
    await user.selectOptions(screen.getByTestId("ladder-alloc-by"), "column");
    await user.selectOptions(screen.getByTestId("ladder-alloc-column"), "1");
    await user.selectOptions(screen.getByTestId("ladder-alloc-weight"), "value");
    // Bob 25, Ann 30 of 55: quotas 10·25/55 = 4.545 and 5.455; floors 4/5, the leftover to Bob (0.545 > 0.455).
    expect(screen.getByTestId("ladder-alloc-row-0").textContent).toBe("Bob5");
    expect(screen.getByTestId("ladder-alloc-row-1").textContent).toBe("Ann5");
    expect(text("ladder-alloc-total")).toBe("Total10");
    expect(text("ladder-alloc-check")).toBe("Each column adds up to its target.");
  });

  it("splits every stage target across the months of the quarter", async () => {
    const { user } = await ladderWithTiers();
    fireEvent.change(screen.getByTestId("ladder-close-by"), { target: { value: "2025-03-31" } });
    await user.selectOptions(screen.getByTestId("ladder-alloc-by"), "periods");
    await user.click(screen.getByTestId("ladder-alloc-what-stages"));
    // 10 deals backward at 50/40/50/50/60 %: 10/0.6 = 16.7 → 17, 34, 68, 170, 340.
    expect(Array.from({ length: 6 }, (_, i) => text(`ladder-target-${i}`))).toEqual([
      "340",
      "170",
      "68",
      "34",
      "17",
      "10",
    ]);
    // Leads over Q1 2025 by days 31/28/31: quotas 117.11, 105.78, 117.11 → 117/105/117 + 1 to February (0.78).
    expect(screen.getByTestId("ladder-alloc-row-0").textContent).toMatch(/^2025-01117/);
    expect(["ladder-alloc-1-0", "ladder-alloc-2-0"].map(text)).toEqual(["106", "117"]);
    expect(text("ladder-alloc-total")).toBe("Total340170683417" + "10");
    expect(text("ladder-alloc-check")).toBe("Each column adds up to its target.");
  });
});
