import { readTable } from "../../../src/engine/table";
import {
  checkDraft,
  defaultShares,
  initialDraft,
  withMethod,
  withTierCount,
} from "../../../src/taskpane/model/tier-draft";
import { parseTyped, splitList } from "../../../src/taskpane/model/parse-list";
import { schemeToDraft } from "../../../src/taskpane/model/scheme-to-draft";

const table = readTable([
  ["Customer", "Region", "Sales", "Orders", "Days since last order"],
  ["A Co", "East", 100, 3, 10],
  ["B Co", "West", 50, 1, 40],
  ["C Co", "East", 10, 2, 90],
]);

describe("the tier form", () => {
  it("splits lists typed with commas or Chinese commas, never on spaces", () => {
    expect(splitList("20, 30，50")).toEqual(["20", "30", "50"]);
    expect(splitList("80、15；5")).toEqual(["80", "15", "5"]);
    // Issue 11: labels and rule values may be several words.
    expect(splitList(" Key account, Low touch ")).toEqual(["Key account", "Low touch"]);
    expect(parseTyped("1,234.5")).toBe(1234.5);
    expect(parseTyped("12.5%")).toBe(12.5);
    expect(parseTyped("1,23")).toBeNaN();
    expect(parseTyped("abc")).toBeNaN();
  });

  it("defaults to 20/30/50 for rank-share and 80/15/5 for Pareto (DESIGN.md)", () => {
    expect(defaultShares("rank-share", 3)).toBe("20, 30, 50");
    expect(defaultShares("value-share", 3)).toBe("80, 15, 5");
    // 4 tiers: 25 each; 6 tiers: floor(100/6) = 16, remainder 4 to the first four → 17,17,17,17,16,16.
    expect(defaultShares("rank-share", 4)).toBe("25, 25, 25, 25");
    expect(defaultShares("rank-share", 6)).toBe("17, 17, 17, 17, 16, 16");
  });

  it("builds the default scheme from the default form", () => {
    const c = checkDraft(initialDraft(), table, "customers");
    expect(c.problems).toEqual({});
    expect(c.scheme).toEqual({
      version: 1,
      source: { kind: "customers", columns: { value: 2 } },
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
    });
  });

  it("names the share that is not positive and the count that is wrong", () => {
    expect(checkDraft({ ...initialDraft(), shares: "20, 0, 80" }, table, "customers").problems.shares).toEqual({
      key: "shareNotPositive",
      params: { n: 2, value: "0" },
    });
    expect(checkDraft({ ...initialDraft(), shares: "50, 50" }, table, "customers").problems.shares).toEqual({
      key: "sharesCount",
      params: { expected: 3, found: 2 },
    });
  });

  it("asks for strictly decreasing thresholds, one fewer than the tiers", () => {
    const d = withMethod(initialDraft(), "thresholds");
    expect(checkDraft({ ...d, bounds: "100" }, table, "customers").problems.bounds).toEqual({
      key: "boundsCount",
      params: { expected: 2, found: 1 },
    });
    expect(checkDraft({ ...d, bounds: "10, 100" }, table, "customers").problems.bounds).toEqual({
      key: "boundsOrder",
      params: { n: 2 },
    });
    expect(checkDraft({ ...d, bounds: "100, 10" }, table, "customers").scheme?.method).toEqual({
      kind: "thresholds",
      bounds: [100, 10],
    });
  });

  it("rejects a text column as the value", () => {
    expect(checkDraft({ ...initialDraft(), valueColumn: 1 }, table, "customers").problems.valueColumn).toEqual({
      key: "valueColumnNotNumeric",
      params: { header: "Region", kind: "text" },
    });
  });

  it("resets labels and shares when the tier count changes, and fixes computed ABC at 3 tiers", () => {
    const four = withTierCount(initialDraft(), 4);
    expect(four.labels).toBe("A, B, C, D");
    expect(withMethod(four, "computed").tierCount).toBe(3);
  });

  it("turns a saved scheme back into the same form", () => {
    const d = {
      ...withMethod(initialDraft(), "score"),
      factors: [
        { column: 2, weight: "2", direction: "higher" as const },
        { column: 4, weight: "1", direction: "lower" as const },
      ],
      groupBy: 1,
    };
    const scheme = checkDraft(d, table, "customers").scheme!;
    const back = schemeToDraft(scheme, initialDraft());
    expect(checkDraft(back, table, "customers").scheme).toEqual(scheme);
  });
});
