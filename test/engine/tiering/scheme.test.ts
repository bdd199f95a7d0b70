import { InputError } from "../../../src/engine/errors";
import { defaultScheme, parseScheme } from "../../../src/engine/scheme";

const message = (input: unknown) => {
  try {
    parseScheme(input);
    return "no error";
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
};

describe("parseScheme", () => {
  it("reads back the default scheme from its JSON text", () => {
    expect(parseScheme(JSON.stringify(defaultScheme()))).toEqual(defaultScheme());
    expect(defaultScheme().tiers).toEqual({ labels: ["A", "B", "C"], shares: [20, 30, 50] });
  });

  it("names the field, what was expected and what was found", () => {
    const d = defaultScheme();
    expect(message({ ...d, tiers: { labels: ["A", "B", "C"], shares: [20, 30, 40] } })).toBe(
      "Scheme, tiers.shares: expected shares summing to 100 %, found 90.",
    );
    expect(message({ ...d, tiers: { labels: ["A"], shares: [100] } })).toBe(
      'Scheme, tiers.labels: expected at least 2 tiers, found ["A"].',
    );
    expect(message({ ...d, method: { kind: "thresholds", bounds: [1000, 2000] } })).toBe(
      "Scheme, method.bounds[1]: expected a value below 1000 (thresholds must be strictly decreasing), found 2000.",
    );
    expect(
      message({
        ...d,
        method: { kind: "score", factors: [{ column: 1, weight: -1, direction: "higher" }], then: "rank-share" },
      }),
    ).toBe("Scheme, method.factors[0].weight: expected a weight ≥ 0, found -1.");
    expect(message({ ...d, source: { kind: "orders", columns: {}, asOf: "2024/1/1" } })).toBe(
      'Scheme, source.asOf: expected a date as yyyy-mm-dd, found "2024/1/1".',
    );
    expect(message({ ...d, method: { kind: "computed" }, tiers: { labels: ["A", "B"], shares: [50, 50] } })).toBe(
      "Scheme, tiers.labels: computed ABC makes exactly 3 tiers; expected 3 labels, found 2.",
    );
    expect(message({ ...d, method: { kind: "rules", rules: [{ when: [], tier: 5 }], defaultTier: 0 } })).toBe(
      "Scheme, method.rules[0].tier: expected a tier from 0 to 2, found 5.",
    );
    expect(message("{oops")).toMatch(/^Scheme: expected JSON text/);
  });

  it("accepts every method kind", () => {
    const d = defaultScheme();
    for (const method of [
      { kind: "value-share" },
      { kind: "thresholds", bounds: [10, 5] },
      { kind: "computed" },
      { kind: "breaks" },
      { kind: "score", factors: [{ column: "value", weight: 1, direction: "higher" }], then: "rank-share" },
      { kind: "rfm", tierBy: "segment" },
      { kind: "rfm", tierBy: "segment", model: "rfm8" },
      { kind: "rules", rules: [{ when: [{ column: 2, op: "one-of", values: ["a"] }], tier: 0 }], defaultTier: 2 },
    ]) {
      expect(parseScheme({ ...d, method, groupBy: "region" }).method).toEqual(method);
    }
  });
});
