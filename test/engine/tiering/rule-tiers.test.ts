import { InputError } from "../../../src/engine/errors";
import { holdsNoNumbers, ruleTiers, valuesNotFound, type RuleCondition } from "../../../src/engine/tiering/rule-tiers";

const TYPE = ["Key account", " key ACCOUNT ", "Distributor", "Retail", null, "Retail chain"];
const REGION = ["East", "West", "East", "North", "East", "South"];

describe("ruleTiers", () => {
  it("gives each row the tier of the first rule whose conditions all hold, comparing trimmed text without case", () => {
    const t = ruleTiers(
      [TYPE, REGION],
      [
        { when: [{ column: 0, op: "equals", value: "key account" }], tier: 0 },
        {
          when: [
            { column: 0, op: "one-of", values: ["Distributor", "Wholesaler"] },
            { column: 1, op: "equals", value: "east" },
          ],
          tier: 1,
        },
        { when: [{ column: 0, op: "contains", value: "RETAIL" }], tier: 2 },
      ],
      3,
    );
    // Row 1 " key ACCOUNT " matches rule 1 after trimming; row 4 (blank type) matches nothing → default 3.
    expect(Array.from(t)).toEqual([0, 0, 1, 2, 3, 2]);
  });

  it("lets an earlier rule win over a later one", () => {
    const t = ruleTiers(
      [REGION],
      [
        { when: [{ column: 0, op: "equals", value: "East" }], tier: 2 },
        { when: [{ column: 0, op: "one-of", values: ["east", "west"] }], tier: 0 },
      ],
      1,
    );
    expect(Array.from(t)).toEqual([2, 0, 2, 1, 2, 1]);
  });

  it("rejects a condition on a column that does not exist, naming the rule and condition", () => {
    expect(() => ruleTiers([REGION], [{ when: [{ column: 2, op: "equals", value: "x" }], tier: 0 }], 1)).toThrow(
      "rule 1, condition 1: expected a column from 0 to 0, found 2.",
    );
    expect(() => ruleTiers([REGION], [], -1)).toThrow(InputError);
  });
});

describe("ruleTiers with number ranges (issue 13: rules over mixed columns)", () => {
  // A customer master's type and satisfaction (a 1–5 score), as a sheet holds them: numbers, numbers
  // typed as text, blanks, text that is not a number, an Excel error and TRUE.
  const TYPE6 = ["Key account", "Key account", "Key account", "Growth", "Key account", "Key account"];
  const TYPE = [...TYPE6, "key account ", "Key account", "Key account"];
  const SCORE = [1, "2", 3, 1, "n/a", null, " 2.0 ", { type: "Error", errorCode: "#N/A" }, true];
  const rescue = [
    {
      when: [
        { column: 0, op: "equals" as const, value: "Key account" },
        { column: 1, op: "at-most" as const, max: 2 },
      ],
      tier: 0,
    },
  ];

  it("Key account AND satisfaction ≤ 2 → Rescue; a cell that is not a number fails the range", () => {
    // By hand (Rescue = 0, default 1): row 0 KA/1 ✓; row 1 KA/"2" ✓ (text read as DESIGN.md "Numbers");
    // row 2 KA/3 ✗; row 3 Growth/1 ✗; row 4 "n/a" ✗; row 5 blank ✗; row 6 " 2.0 " ✓ (trimmed);
    // row 7 #N/A ✗; row 8 TRUE ✗ (a boolean is not a number).
    expect(Array.from(ruleTiers([TYPE, SCORE], rescue, 1))).toEqual([0, 0, 1, 1, 1, 1, 0, 1, 1]);
  });

  it("the same rule with satisfaction as text (满意 / 中立 / 不满意) takes a category condition", () => {
    const FEEDBACK = ["不满意", " 不满意", "满意", "不满意", "中立", null];
    const t = ruleTiers(
      [TYPE6, FEEDBACK],
      [
        {
          when: [
            { column: 0, op: "equals", value: "Key account" },
            { column: 1, op: "one-of", values: ["不满意"] },
          ],
          tier: 0,
        },
      ],
      1,
    );
    // Rows 0 and 1 (trimmed) are dissatisfied key accounts; row 3 is dissatisfied but Growth.
    expect(Array.from(t)).toEqual([0, 0, 1, 1, 1, 1]);
  });

  it("includes both bounds: at least, at most, between", () => {
    const S = [[1, 2, 3, 4, 5, 2.5]];
    const tiers = (c: RuleCondition) => Array.from(ruleTiers(S, [{ when: [c], tier: 0 }], 1));
    expect(tiers({ column: 0, op: "at-least", min: 4 })).toEqual([1, 1, 1, 0, 0, 1]);
    expect(tiers({ column: 0, op: "at-most", max: 2 })).toEqual([0, 0, 1, 1, 1, 1]);
    expect(tiers({ column: 0, op: "between", min: 2, max: 4 })).toEqual([1, 0, 0, 0, 1, 0]);
    expect(tiers({ column: 0, op: "between", min: 3, max: 3 })).toEqual([1, 1, 0, 1, 1, 1]);
  });

  it("rejects bounds that are not finite or out of order, naming the rule and condition", () => {
    const one = (c: RuleCondition) => () =>
      ruleTiers([[1]], [{ when: [{ column: 0, op: "equals", value: "" }, c], tier: 0 }], 1);
    expect(one({ column: 0, op: "between", min: 3, max: 2 })).toThrow(
      "rule 1, condition 2: expected finite bounds with the lower at most the upper, found 3 to 2.",
    );
    expect(one({ column: 0, op: "at-least", min: NaN })).toThrow("found NaN");
    expect(one({ column: 0, op: "at-most", max: Infinity })).toThrow("found Infinity");
  });

  it("says when a column holds no numbers, so a range on it would match nothing", () => {
    expect(holdsNoNumbers(["满意", "中立", null, true, { type: "Error", errorCode: "#N/A" }])).toBe(true);
    expect(holdsNoNumbers(["满意", " 3 "])).toBe(false);
    expect(holdsNoNumbers([])).toBe(true);
  });

  it("finds category values no cell holds, also for contains", () => {
    expect(valuesNotFound(["Key account", "Growth"], ["key ACCOUNT", "Grow"])).toEqual(["Grow"]);
    expect(valuesNotFound(["Key account", "Growth"], ["grow", "retail"], "contains")).toEqual(["retail"]);
  });
});
