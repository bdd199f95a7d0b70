import { InputError } from "../../../src/engine/errors";
import { defaultScheme, parseScheme, type Scheme } from "../../../src/engine/scheme";
import { explainRow } from "../../../src/engine/tiering/explain-row";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { makeTable } from "./table-helper";

/** Issue 13, capability 4: a rule combines a master category with a number range. */
const master = makeTable(
  [
    ["Customer", "customer"],
    ["Customer type", "segment"],
    ["Satisfaction", "other"],
    ["Sales", "value"],
  ],
  [
    ["P", "Key account", 1, 900],
    ["Q", "Key account", "2", 800],
    ["R", "Key account", 4, 700],
    ["S", "Growth", 1, 600],
    ["T", "Key account", "", 500],
    ["U", "Maintain", 5, 400],
  ],
);
const rescue = {
  kind: "rules" as const,
  rules: [
    {
      when: [
        { column: "segment" as const, op: "equals" as const, value: "Key account" },
        { column: 2, op: "at-most" as const, max: 2 },
      ],
      tier: 0,
    },
    { when: [{ column: 2, op: "between" as const, min: 4, max: 5 }], tier: 1 },
  ],
  defaultTier: 2,
};
const scheme = (method: unknown) => ({
  ...defaultScheme(),
  tiers: { labels: ["Rescue", "Keep", "Other"], shares: [] },
  method,
});
const message = (input: unknown) => {
  try {
    parseScheme(input);
    return "no error";
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
};

describe("the rules method over mixed columns", () => {
  it("tiers Key account AND satisfaction ≤ 2 → Rescue, satisfaction 4–5 → Keep, the rest by default", () => {
    const { result } = tierTable(master, parseScheme(scheme(rescue)) as Scheme);
    // By hand: P (KA, 1) and Q (KA, "2") Rescue; R (KA, 4) Keep by rule 2; S (Growth, 1) Other;
    // T (KA, blank: not a number, fails the range) Other; U (5) Keep.
    expect(Array.from(result.tier, (t) => result.labels[t])).toEqual([
      "Rescue",
      "Rescue",
      "Keep",
      "Other",
      "Other",
      "Keep",
    ]);
    expect(explainRow(result, 1).message).toContain("tier Rescue because rule 1 matched");
    expect(explainRow(result, 2).message).toContain("tier Keep because rule 2 matched");
    expect(explainRow(result, 4).message).toContain("no rule matched");
  });

  it("keeps schemes saved before number ranges valid, and reads the new operators", () => {
    const old = {
      kind: "rules",
      rules: [
        { when: [{ column: 1, op: "one-of", values: ["Key account", "Growth"] }], tier: 0 },
        { when: [{ column: "region", op: "equals", value: "East" }], tier: 1 },
        { when: [{ column: 1, op: "contains", value: "key" }], tier: 1 },
      ],
      defaultTier: 2,
    };
    expect(parseScheme(scheme(old)).method).toEqual(old);
    expect(parseScheme(scheme(rescue)).method).toEqual(rescue);
  });

  it("rejects a range whose bounds are out of order, not finite or missing, naming the field", () => {
    const withCondition = (c: unknown) => scheme({ kind: "rules", rules: [{ when: [c], tier: 0 }], defaultTier: 2 });
    expect(message(withCondition({ column: 2, op: "between", min: 3, max: 2 }))).toBe(
      "Scheme, method.rules[0].when[0].max: expected max at least min, found 2.",
    );
    // zod itself refuses Infinity (its "found null" is how the scheme's messages print any non-JSON number).
    expect(message(withCondition({ column: 2, op: "at-least", min: Infinity }))).toMatch(
      /^Scheme, method\.rules\[0\]\.when\[0\]\.min: .*Infinity/,
    );
    expect(message(withCondition({ column: 2, op: "at-most" }))).toMatch(
      /^Scheme, method\.rules\[0\]\.when\[0\]\.max: /,
    );
  });
});
