/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";

installPolyfills();

// Six customers; two of them "Key account" (two words), as in the preview's sample workbook.
const GRID: Grid = [
  ["Customer", "Customer type", "Sales"],
  ["P", "Key account", 600],
  ["Q", "Key account", 500],
  ["R", "Growth", 400],
  ["S", "Growth", 300],
  ["T", "Maintain", 200],
  ["U", "Low touch", 100],
];

describe("lists typed in the pane split on commas, never on spaces", () => {
  it("labels of several words count once each (en)", async () => {
    const user = await previewTiers(new StubHost(GRID));
    await user.clear(screen.getByTestId("tiers-count"));
    await user.type(screen.getByTestId("tiers-count"), "4");
    const labels = screen.getByTestId("tiers-labels");
    await user.clear(labels);
    await user.type(labels, "Key account, Growth, Maintain, Low touch");
    // Four labels for four tiers: no "found 6" message, and the preview shows the first label.
    expect(screen.queryByText(/Enter 4 labels/)).toBeNull();
    expect(screen.getByTestId("tier-table").textContent).toContain("Key account");
  });

  it("labels split on the Chinese enumeration comma 、 (zh)", async () => {
    const user = await previewTiers(new StubHost(GRID, "zh-CN"));
    const labels = screen.getByTestId("tiers-labels");
    await user.clear(labels);
    await user.type(labels, "重点 客户、成长客户、一般客户");
    expect(screen.queryByText(/请输入 3 个层级名称/)).toBeNull();
    expect(screen.getByTestId("tier-table").textContent).toContain("重点 客户");
  });

  async function rulesOnType(host: StubHost, values: string) {
    const user = await previewTiers(host);
    await user.selectOptions(screen.getByTestId("tiers-method"), "rules");
    await user.click(screen.getByTestId("tiers-rule-add"));
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-0"), "1");
    await user.type(screen.getByTestId("tiers-rule-values-0-0"), values);
    return user;
  }

  it("a rule `Key account` → A puts both key accounts in A (en)", async () => {
    await rulesOnType(new StubHost(GRID), "Key account");
    // Rule 1 → tier A (index 0), everything else → C (the default): P and Q in A by hand.
    expect(screen.getByTestId("tier-count-0").textContent).toBe("2");
    expect(screen.getByTestId("tier-count-2").textContent).toBe("4");
    expect(screen.queryByTestId("tiers-rule-warning-0-0")).toBeNull();
  });

  it("flags a rule value no row holds (en)", async () => {
    await rulesOnType(new StubHost(GRID), "Key acount, Growth");
    expect(screen.getByTestId("tiers-rule-warning-0-0").textContent).toBe(
      "No row has “Key acount” in “Customer type”, so this rule matches nothing. Check the spelling; separate values with commas.",
    );
  });

  it("flags a rule value no row holds (zh)", async () => {
    await rulesOnType(new StubHost(GRID, "zh-CN"), "Key acount，Growth、Nobody");
    expect(screen.getByTestId("tiers-rule-warning-0-0").textContent).toBe(
      "“Customer type”列中没有 “Key acount”、“Nobody”，这条规则不会匹配任何客户。请检查拼写，多个取值用逗号分隔。",
    );
  });
});
