/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { readTable } from "../../src/engine/table";
import { tierTable } from "../../src/engine/tiering/tier-table";
import { RFM_SEGMENT_IDS, RFM_SEGMENT_NAMES } from "../../src/engine/tiering/rfm-segments";
import { RFM_NAMES } from "../../src/engine/tiering/rfm-names";
import type { Scheme } from "../../src/engine/scheme";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
// Each test drives the whole pane (read, tier, write): several seconds on a shared CI machine.
jest.setTimeout(20000);

// Twenty customers: recency 1..20 days, orders 20..1, sales 20..1 (the best customer on every axis first).
const GRID: Grid = [
  ["Customer", "Days since last order", "Orders", "Sales"],
  ...Array.from({ length: 20 }, (_, i) => [`Customer ${i + 1}`, i + 1, 20 - i, 20 - i]),
];
const RFM: Scheme = {
  version: 1,
  source: { kind: "customers", columns: {} },
  method: { kind: "rfm", tierBy: "segment" },
  tiers: { labels: ["A", "B"], shares: [] },
};

/** The Tiers tab's tier table as last shown by writeRfm. */
let tierTableText = "";

async function writeRfm(lang: "en-US" | "zh-CN", model: "rfm10" | "rfm8" = "rfm10") {
  const host = new StubHost(GRID);
  const user = userEvent.setup();
  render(<App host={host} language={lang} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  await openTab(user, "tiers");
  await user.selectOptions(screen.getByTestId("tiers-method"), "rfm");
  if (model === "rfm8") await user.selectOptions(screen.getByTestId("tiers-rfm-model"), "rfm8");
  tierTableText = (await screen.findByTestId("tier-table")).textContent ?? "";
  await openTab(user, "write");
  await user.click(screen.getByTestId("write-button"));
  await screen.findByTestId("write-result");
  return host.plans[0];
}

describe("RFM segment names in the workbook", () => {
  const engine = tierTable(readTable(GRID), RFM).result;
  const segments = Array.from(engine.rfm!.segment);

  it("writes the segments in Chinese for a Chinese pane (tier column and summary)", async () => {
    const plan = await writeRfm("zh-CN");
    const written = plan.columns[0].rows.map((r) => r[0]);
    expect(written).toEqual(segments.map((id) => RFM_NAMES["zh-CN"][id]));
    // Customer 1 is best on recency, frequency and monetary: 555, Champions, 冠军客户 (glossary-zh.md).
    expect(written[0]).toBe("冠军客户");
    const summary = plan.sheets.find((s) => s.key === "summary")!;
    const labels = summary.blocks[0].values.slice(1, -1).map((r) => r[0]);
    const zhOf = new Map(RFM_SEGMENT_IDS.map((id) => [RFM_SEGMENT_NAMES["en-US"][id], RFM_SEGMENT_NAMES["zh-CN"][id]]));
    expect(labels).toEqual(engine.labels.map((l) => zhOf.get(l)));
    // The conditional fills follow the written names.
    expect(plan.columns[0].conditionalFills?.rules.map((r) => r.equals)).toContain("冠军客户");
    expect(screen.getByTestId("write-result")).toBeTruthy();
  });

  it("writes them in English for an English pane", async () => {
    const plan = await writeRfm("en-US");
    expect(plan.columns[0].rows[0][0]).toBe("Champions");
  });

  it("offers the eight RFM classes (RFM 八类客户) and names them as Chinese CRM tools do", async () => {
    const plan = await writeRfm("zh-CN", "rfm8");
    // By hand: 20 customers in quintiles → scores 555 (customers 1–4), 444, 333, 222, 111; every mean is 3.
    // 555 and 444 are above the means on R, F and M → 重要价值客户; 333 equals them (low), 222 and 111 are
    // below → 一般挽留客户.
    const written = plan.columns[0].rows.map((r) => r[0]);
    expect(written).toEqual([...Array(8).fill("重要价值客户"), ...Array(12).fill("一般挽留客户")]);
    const table = tierTableText;
    for (const name of [
      "重要价值客户",
      "重要发展客户",
      "重要保持客户",
      "重要挽留客户",
      "一般价值客户",
      "一般发展客户",
      "一般保持客户",
      "一般挽留客户",
    ]) {
      expect(table).toContain(name);
    }
  });

  it("names the eight classes in English for an English pane", async () => {
    const plan = await writeRfm("en-US", "rfm8");
    expect(plan.columns[0].rows[0][0]).toBe("Important value");
    expect(plan.columns[0].rows[19][0]).toBe("General to win back");
  });
});
