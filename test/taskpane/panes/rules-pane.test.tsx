/** @jest-environment jsdom */
/** The Tiers tab alone, rules over mixed columns (issue 13): a category AND a number range, built by hand. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells";
import { TiersStep } from "../../../src/taskpane/panes/TiersStep";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// A customer master: type, satisfaction as a 1–5 score, the same as text (满意 / 中立 / 不满意), sales.
const MASTER: Grid = [
  ["Customer", "Customer type", "Satisfaction", "Feedback", "Sales"],
  ["P", "Key account", 1, "不满意", 900],
  ["Q", "Key account", "2", "不满意", 800],
  ["R", "Key account", 3, "中立", 700],
  ["S", "Growth", 1, "不满意", 600],
  ["T", "Key account", "", "", 500],
  ["U", "Key account", 5, "满意", 400],
  ["V", "Growth", 4, "满意", 300],
  ["W", "Maintain", 2, "中立", 200],
];
const counts = () => [0, 1, 2].map((i) => screen.getByTestId(`tier-count-${i}`).textContent);

/** Rules, labels Rescue / Watch / Other, and rule 1's first condition: Customer type is "Key account". */
async function keyAccountRule(lang: "en-US" | "zh-CN" = "en-US") {
  const user = userEvent.setup();
  await renderWithStore(<TiersStep />, new StubHost(MASTER, lang), { withSelection: true, lang });
  await user.selectOptions(screen.getByTestId("tiers-method"), "rules");
  await user.clear(screen.getByTestId("tiers-labels"));
  await user.type(screen.getByTestId("tiers-labels"), "Rescue, Watch, Other");
  await user.click(screen.getByTestId("tiers-rule-add"));
  await user.selectOptions(screen.getByTestId("tiers-rule-column-0-0"), "1");
  await user.type(screen.getByTestId("tiers-rule-values-0-0"), "Key account");
  // The second condition is added from the keyboard: focus the button, press Enter.
  screen.getByTestId("tiers-rule-add-condition-0").focus();
  await user.keyboard("{Enter}");
  return user;
}

describe("rules over mixed columns in the Tiers tab", () => {
  it("Key account AND satisfaction ≤ 2 → Rescue, with the score as numbers", async () => {
    const user = await keyAccountRule();
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-1"), "2");
    await user.selectOptions(screen.getByTestId("tiers-rule-op-0-1"), "at-most");
    expect(screen.queryByTestId("tiers-rule-min-0-1")).toBeNull();
    await user.type(screen.getByTestId("tiers-rule-max-0-1"), "2");
    // By hand: P (1) and Q ("2", a number typed as text) are key accounts at most 2 → Rescue;
    // R (3), T (blank: not a number), U (5) are not; S and W score ≤ 2 but are not key accounts → Other.
    expect(screen.getByTestId("tier-label-0").textContent).toBe("Rescue");
    expect(counts()).toEqual(["2", "0", "6"]);
    expect(screen.queryByTestId("tiers-rules-error")).toBeNull();
  });

  it("between is inclusive, and a condition can be removed again", async () => {
    const user = await keyAccountRule();
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-1"), "2");
    await user.selectOptions(screen.getByTestId("tiers-rule-op-0-1"), "between");
    await user.type(screen.getByTestId("tiers-rule-min-0-1"), "3");
    await user.type(screen.getByTestId("tiers-rule-max-0-1"), "5");
    // Key accounts scoring 3 … 5: R (3) and U (5), both bounds included.
    expect(counts()).toEqual(["2", "0", "6"]);
    await user.click(screen.getByTestId("tiers-rule-remove-condition-0-1"));
    // Only "Key account" is left: P, Q, R, T, U.
    expect(counts()).toEqual(["5", "0", "3"]);
  });

  it("the same rule with satisfaction as text uses a category condition (不满意)", async () => {
    const user = await keyAccountRule();
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-1"), "3");
    await user.type(screen.getByTestId("tiers-rule-values-0-1"), "不满意");
    // P and Q: dissatisfied key accounts; S is dissatisfied but Growth.
    expect(counts()).toEqual(["2", "0", "6"]);
  });

  it("says when a number condition tests a column with no numbers, naming the rule and column (en)", async () => {
    const user = await keyAccountRule();
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-1"), "3");
    await user.selectOptions(screen.getByTestId("tiers-rule-op-0-1"), "at-most");
    await user.type(screen.getByTestId("tiers-rule-max-0-1"), "2");
    expect(screen.getByTestId("tiers-rule-warning-0-1").textContent).toBe(
      "Rule 1: “Feedback” holds no numbers, so this condition matches nothing. To test text such as “Satisfied”, use “is one of”.",
    );
    expect(counts()).toEqual(["0", "0", "8"]);
  });

  it("says the same in Chinese, and names a bound that is not a number under the rules (zh)", async () => {
    const user = await keyAccountRule("zh-CN");
    await user.selectOptions(screen.getByTestId("tiers-rule-column-0-1"), "3");
    await user.selectOptions(screen.getByTestId("tiers-rule-op-0-1"), "at-least");
    expect(screen.getByTestId("tiers-rule-warning-0-1").textContent).toBe(
      "规则 1：“Feedback”列中没有数字，这个条件不会匹配任何客户。若要判断“满意”等文字，请选择“属于其中之一”。",
    );
    await user.type(screen.getByTestId("tiers-rule-min-0-1"), "四");
    expect(screen.getByTestId("tiers-rules-error").textContent).toBe("规则 1 的条件 2：“四”不是数字。");
  });
});
