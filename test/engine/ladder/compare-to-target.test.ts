import { compareToTarget, type TargetComparison } from "../../../src/engine/ladder/compare-to-target";
import { findBottleneck } from "../../../src/engine/ladder/find-bottleneck";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

describe("compareToTarget", () => {
  // Target 3 → 100/50/20/10/5/3 (issue 3). Actuals reached: 120/60/18/9/5/3.
  // Hand calculation of actual step rates: 60/120 = 0.5, 18/60 = 0.3, 9/18 = 0.5, 5/9 = 0.556, 3/5 = 0.6;
  // ratios to target 0.5/0.4/0.5/0.5/0.6: 1, 0.75, 1, 1.11, 1 → the bottleneck is First contact → Needs analysis.
  // Made in each test (not once for the describe), so mutation testing sees which test ran which code.
  let result: TargetComparison;
  beforeEach(() => {
    result = compareToTarget(defaultLadder(), [120, 60, 18, 9, 5, 3], 3);
  });

  it("lists target, actual, shortfall and attainment per stage", () => {
    expect(result.stages.map((s) => s.target)).toEqual([100, 50, 20, 10, 5, 3]);
    expect(result.stages.map((s) => s.shortfall)).toEqual([0, 0, 2, 1, 0, 0]);
    expect(result.stages.map((s) => s.attainment)).toEqual([1.2, 1.2, 0.9, 0.9, 1, 1]);
    expect(result.stages[1]).toMatchObject({ targetRate: 0.4, actualRate: 0.3 });
    expect(result.stages[5].targetRate).toBeUndefined();
  });

  it("names as the bottleneck the step with the lowest actual/target rate ratio, with a plain reason", () => {
    expect(result.bottleneck).toMatchObject({ step: 1, actualRate: 0.3, targetRate: 0.4, ratio: 0.75 });
    expect(result.bottleneck!.reason).toEqual({
      key: "ladder.bottleneckBelow",
      params: { from: "First contact", to: "Needs analysis", actual: "30%", target: "40%", ofTarget: "75%" },
    });
    expect(result.bottleneck!.text).toBe(
      "Only 30% of deals move from “First contact” to “Needs analysis”, against a target of 40% (75% of target): the ladder leaks most at this step.",
    );
  });

  it("names stages in the chosen language in the reason's params, and keeps the text English", () => {
    const zh = compareToTarget(defaultLadder(), [120, 60, 18, 9, 5, 3], 3, "zh-CN");
    expect(zh.bottleneck!.reason.params).toMatchObject({ from: "初次接触", to: "需求分析" });
    expect(zh.bottleneck!.text).toContain("“First contact”");
  });

  it("refuses actual counts of the wrong length or below 0, naming the stage", () => {
    expect(() => compareToTarget(defaultLadder(), [1, 2], 3)).toThrow(
      /6 stages, so 6 actual counts are expected; found 2/,
    );
    expect(() => compareToTarget(defaultLadder(), [10, 5, -1, 0, 0, 0], 3)).toThrow(
      /stage 3 \(Needs analysis\) must be a number of 0 or more/,
    );
    expect(() => compareToTarget(defaultLadder(), [10, 5, 0, 0, 0, 0], -3)).toThrow(InputError);
  });
});

describe("findBottleneck", () => {
  it("gives equal ratios to the earlier step and skips steps nobody reached", () => {
    // Ratios: 0.2/0.5 = 0.4 and 0.16/0.4 = 0.4 → tie → step 0. Step 2 has no data.
    expect(findBottleneck([0.5, 0.4, 0.5], [0.2, 0.16, NaN])!.step).toBe(0);
    expect(findBottleneck([0.5], [NaN])).toBeNull();
  });

  it("says every step meets its target when the lowest ratio is at least 1", () => {
    const b = findBottleneck([0.5, 0.4], [0.6, 0.45], ["Lead", "Contact", "Won"])!;
    // Ratios 1.2 and 1.125 → the weakest is Contact → Won.
    expect(b.step).toBe(1);
    expect(b.reason.key).toBe("ladder.bottleneckMet");
    expect(b.text).toBe(
      "Every step meets its target rate; the closest to falling short is “Contact” to “Won” at 45% against 40%.",
    );
  });
});

describe("compareToTarget: edges", () => {
  it("gives no step rates on the last stage (not even undefined ones) and NaN attainment against a target of 0", () => {
    const r = compareToTarget(defaultLadder(), [0, 0, 0, 0, 0, 0], 0);
    expect(r.stages[5]).not.toHaveProperty("targetRate");
    expect(r.stages[5]).not.toHaveProperty("actualRate");
    expect(r.stages.map((s) => s.attainment)).toEqual(Array(6).fill(NaN));
    expect(r.stages.map((s) => s.shortfall)).toEqual([0, 0, 0, 0, 0, 0]);
    // Nobody reached any stage: no step has data, so there is no bottleneck.
    expect(r.bottleneck).toBeNull();
    // 5 leads against a target of 0 is no percentage of it (NaN), not an infinite one.
    expect(compareToTarget(defaultLadder(), [5, 0, 0, 0, 0, 0], 0).stages[0].attainment).toBeNaN();
  });

  it("says how many actual counts the ladder needs", () => {
    expect(inputError(() => compareToTarget(defaultLadder(), [1, 2], 3))).toMatchObject({
      key: "actualsLengthMismatch",
      params: { stages: 6, found: 2 },
    });
  });
});

describe("findBottleneck: edges", () => {
  it("calls a step exactly on its target rate met, not below", () => {
    // Ratios 0.5/0.5 = 1 and 0.48/0.4 = 1.2: the lowest is 1, which meets the target.
    const b = findBottleneck([0.5, 0.4], [0.5, 0.48])!;
    expect(b).toMatchObject({ step: 0, ratio: 1 });
    expect(b.reason.key).toBe("ladder.bottleneckMet");
  });

  it("names stages by number when no names are given", () => {
    // Ratios 0.25/0.5 = 0.5 and 1: step 0, from stage 1 to stage 2.
    const b = findBottleneck([0.5, 0.4], [0.25, 0.4])!;
    expect(b.reason.params).toMatchObject({
      from: "stage 1",
      to: "stage 2",
      actual: "25%",
      target: "50%",
      ofTarget: "50%",
    });
    expect(findBottleneck([0.5, 0.4], [1, 0.2])!.reason.params).toMatchObject({ from: "stage 2", to: "stage 3" });
  });

  it("refuses target and actual rates of different lengths", () => {
    expect(inputError(() => findBottleneck([0.5, 0.4], [0.5]))).toMatchObject({
      key: "ratesLengthMismatch",
      params: { target: 2, actual: 1 },
      message: "There are 2 target rates but 1 actual rates; give one of each per step.",
    });
  });
});
