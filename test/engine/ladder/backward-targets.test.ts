import fc from "fast-check";
import { backwardTargets } from "../../../src/engine/ladder/backward-targets";
import { forwardExpectation } from "../../../src/engine/ladder/forward-expectation";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

const SEED = [0.5, 0.4, 0.5, 0.5, 0.6];

describe("backwardTargets", () => {
  it("turns a target of 3 signed deals into 100/50/20/10/5/3 on the seed ladder (issue 3, DESIGN.md)", () => {
    // Hand calculation: 3/0.6 = 5; 5/0.5 = 10; 10/0.5 = 20; 20/0.4 = 50; 50/0.5 = 100.
    expect(backwardTargets(3, SEED)).toEqual([100, 50, 20, 10, 5, 3]);
  });

  it("rounds each stage up, so a target of 4 needs 140/70/28/14/7/4 (issue 3)", () => {
    // Hand calculation: 4/0.6 = 6.67 → 7; 7/0.5 = 14; 14/0.5 = 28; 28/0.4 = 70; 70/0.5 = 140.
    expect(backwardTargets(4, SEED)).toEqual([140, 70, 28, 14, 7, 4]);
  });

  it("rounds the quotient to 9 decimals before the ceiling, so 21 at 0.7 needs 30, not 31 (issue 3)", () => {
    // In binary, 21 / 0.7 = 30.000000000000004; Excel's =CEILING.MATH(ROUND(21/0.7, 9)) gives 30.
    expect(21 / 0.7).toBeGreaterThan(30);
    expect(backwardTargets(21, [0.7])).toEqual([30, 21]);
  });

  it("works stage by stage, rounding up at every step rather than once at the top", () => {
    // Hand calculation: 1/0.3 = 3.33 → 4; 4/0.3 = 13.33 → 14. One overall ceiling (1/0.09 = 11.1 → 12) would be too few.
    expect(backwardTargets(1, [0.3, 0.3])).toEqual([14, 4, 1]);
  });

  it("gives a one-stage ladder its target alone and a target of 0 zeros everywhere", () => {
    expect(backwardTargets(7, [])).toEqual([7]);
    expect(backwardTargets(0, SEED)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it.each([[0], [-0.1], [1.01], [NaN], [Infinity]])("refuses a step rate of %p and names the step", (bad) => {
    const call = () => backwardTargets(3, [0.5, bad, 0.5]);
    expect(call).toThrow(InputError);
    expect(call).toThrow(/step rate from stage 2 to stage 3 .* greater than 0 and at most 1/);
    try {
      call();
    } catch (e) {
      expect((e as InputError).key).toBe("rateOutOfRange");
    }
  });

  it.each([[-1], [2.5], [NaN]])(
    "refuses a deal target of %p with a message saying a whole number is expected",
    (bad) => {
      expect(() => backwardTargets(bad, SEED)).toThrow(/deal target must be a whole number of 0 or more; found/);
    },
  );

  const ladders = fc.record({
    target: fc.integer({ min: 0, max: 100_000 }),
    rates: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { maxLength: 8 }),
  });

  it("never lets a target increase down the ladder (property)", () => {
    fc.assert(
      fc.property(ladders, ({ target, rates }) => {
        const t = backwardTargets(target, rates);
        for (let i = 0; i + 1 < t.length; i++) expect(t[i]).toBeGreaterThanOrEqual(t[i + 1]);
      }),
    );
  });

  it("reaches at least the target when its first-stage count is fed forward (property)", () => {
    fc.assert(
      fc.property(ladders, ({ target, rates }) => {
        const t = backwardTargets(target, rates);
        const counts = t.map((c, i) => (i === 0 ? c : 0));
        // Slack: round9 may round a quotient down by up to 5e-10 before the ceiling, and doubles carry
        // about 16 significant digits, so "at least" holds to 1e-9 absolute plus 1e-12 relative.
        const atLeast = (x: number, y: number) => expect(x).toBeGreaterThanOrEqual(y * (1 - 1e-12) - 1e-9);
        atLeast(forwardExpectation(counts, rates), target);
        // …and every stage's target converts into at least the next stage's target.
        for (let i = 0; i + 1 < t.length; i++) atLeast(t[i] * rates[i], t[i + 1]);
      }),
    );
  });
});

describe("backwardTargets: what it refuses, by catalog key and params", () => {
  it("names a deal target that is not a whole number ≥ 0, and a bad rate by its plain stage numbers", () => {
    expect(inputError(() => backwardTargets(2.5, [0.5]))).toMatchObject({
      key: "targetNotWholeNumber",
      params: { what: "deal target", found: "2.5" },
      message: "The deal target must be a whole number of 0 or more; found 2.5.",
    });
    const e = inputError(() => backwardTargets(3, [0.5, 0]));
    expect(e).toMatchObject({ key: "rateOutOfRange", params: { stage: "stage 2", next: "stage 3", found: "0" } });
    expect(e.message).toBe(
      "The step rate from stage 2 to stage 3 must be a number greater than 0 and at most 1 (100 %); found 0.",
    );
  });
});
