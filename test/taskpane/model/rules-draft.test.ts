/** The Tiers form for rules over mixed columns (issue 13): conditions as typed ⇄ the scheme's options. */
import { readTable } from "../../../src/engine/table";
import { defaultScheme, parseScheme, type Scheme } from "../../../src/engine/scheme";
import { checkDraft, initialDraft, withMethod, type TierDraft } from "../../../src/taskpane/model/tier-draft";
import { schemeToDraft } from "../../../src/taskpane/model/scheme-to-draft";

const table = readTable([
  ["Customer", "Customer type", "Satisfaction", "Feedback", "Sales"],
  ["P", "Key account", 1, "不满意", 900],
  ["Q", "Key account", 4, "满意", 800],
  ["R", "Growth", 2, "中立", 700],
]);
const rules = withMethod(initialDraft(), "rules");
const condition = (patch: Partial<TierDraft["rules"][number]["when"][number]>) => ({
  op: "one-of" as const,
  values: "",
  min: "",
  max: "",
  ...patch,
});
const withRules = (r: TierDraft["rules"]): TierDraft => ({ ...rules, rules: r });
const methodOf = (d: TierDraft) => checkDraft(d, table, "customers").scheme?.method;

describe("the rules form", () => {
  it("builds Key account AND satisfaction ≤ 2 → tier 0 from the typed conditions", () => {
    const d = withRules([
      {
        when: [condition({ column: 1, values: "Key account" }), condition({ column: 2, op: "at-most", max: "2" })],
        tier: 0,
      },
    ]);
    expect(checkDraft(d, table, "customers").problems).toEqual({});
    expect(methodOf(d)).toEqual({
      kind: "rules",
      rules: [
        {
          when: [
            { column: 1, op: "one-of", values: ["Key account"] },
            { column: 2, op: "at-most", max: 2 },
          ],
          tier: 0,
        },
      ],
      defaultTier: 2,
    });
  });

  it("round-trips every operator through a saved scheme, columns given by index or role", () => {
    const method: Scheme["method"] = {
      kind: "rules",
      rules: [
        {
          when: [
            { column: 1, op: "one-of", values: ["Key account", "Growth"] },
            { column: 3, op: "equals", value: "不满意" },
            { column: 1, op: "contains", value: "key" },
          ],
          tier: 0,
        },
        {
          when: [
            { column: 2, op: "at-least", min: 4 },
            { column: 2, op: "at-most", max: 4.5 },
            { column: 2, op: "between", min: -1.5, max: 1e6 },
          ],
          tier: 1,
        },
        { when: [{ column: "customer", op: "equals", value: "P" }], tier: 2 },
      ],
      defaultTier: 2,
    };
    // As the workbook keeps it: JSON text, read back through the scheme's schema.
    const saved = parseScheme(JSON.stringify({ ...defaultScheme(), method }));
    const draft = schemeToDraft(saved, initialDraft());
    expect(draft.rules[1].when[2]).toEqual({ column: 2, op: "between", values: "", min: "-1.5", max: "1000000" });
    expect(methodOf(draft)).toEqual(method);
  });

  it("opens a scheme saved by the single-column editor: one column, a value list per rule", () => {
    const method: Scheme["method"] = {
      kind: "rules",
      rules: [
        { when: [{ column: 1, op: "one-of", values: ["Key account"] }], tier: 0 },
        { when: [{ column: 1, op: "one-of", values: ["Growth", "Maintain"] }], tier: 1 },
      ],
      defaultTier: 2,
    };
    const saved = parseScheme(JSON.stringify({ ...defaultScheme(), method }));
    const draft = schemeToDraft(saved, initialDraft());
    expect(draft.rules).toEqual([
      { when: [condition({ column: 1, values: "Key account" })], tier: 0 },
      { when: [condition({ column: 1, values: "Growth, Maintain" })], tier: 1 },
    ]);
    expect(methodOf(draft)).toEqual(method);
  });

  it("names the rule and condition of what is missing or wrong", () => {
    const problem = (r: TierDraft["rules"]) => checkDraft(withRules(r), table, "customers").problems.rules;
    expect(problem([])).toEqual({ key: "rulesNone" });
    expect(problem([{ when: [], tier: 0 }])).toEqual({ key: "ruleNoConditions", params: { rule: 1 } });
    const ok = { when: [condition({ column: 1, values: "Growth" })], tier: 0 };
    expect(problem([ok, { when: [ok.when[0], condition({})], tier: 0 }])).toEqual({
      key: "ruleColumnMissing",
      params: { rule: 2, condition: 2 },
    });
    expect(problem([{ when: [condition({ column: 1, values: " , " })], tier: 0 }])).toEqual({
      key: "ruleValueMissing",
      params: { rule: 1, condition: 1 },
    });
    expect(problem([{ when: [condition({ column: 2, op: "between", min: "1" })], tier: 0 }])).toEqual({
      key: "ruleBoundMissing",
      params: { rule: 1, condition: 1 },
    });
    expect(problem([{ when: [condition({ column: 2, op: "at-least", min: "two" })], tier: 0 }])).toEqual({
      key: "ruleBoundNotNumber",
      params: { rule: 1, condition: 1, text: "two" },
    });
    expect(problem([{ when: [condition({ column: 2, op: "between", min: "4", max: "2" })], tier: 0 }])).toEqual({
      key: "ruleBoundsOrder",
      params: { rule: 1, condition: 1, min: "4", max: "2" },
    });
  });
});
