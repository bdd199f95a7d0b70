import { stepRates } from "../../../src/engine/ladder/step-rates";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

describe("stepRates", () => {
  it("divides each stage count by the one before (the seed counts give back the seed rates)", () => {
    // 50/100, 20/50, 10/20, 5/10, 3/5
    expect(stepRates([100, 50, 20, 10, 5, 3])).toEqual([0.5, 0.4, 0.5, 0.5, 0.6]);
  });

  it("gives NaN (no data), not 0, where a stage and the next are both empty", () => {
    const r = stepRates([10, 0, 0]);
    expect(r[0]).toBe(0);
    expect(r[1]).toBeNaN();
  });

  it("refuses a positive count after an empty stage and negative counts, naming the stages", () => {
    expect(() => stepRates([10, 0, 2])).toThrow(/Stage 2 has 0 deals but stage 3 has 2/);
    expect(() => stepRates([10, -1])).toThrow(/count at stage 2 must be a number of 0 or more; found -1/);
    expect(() => stepRates([])).toThrow(InputError);
  });
});

describe("stepRates: what it refuses, by catalog key and params", () => {
  it("names the empty stage and the next one, 1-based, with the count found there", () => {
    const e = inputError(() => stepRates([10, 0, 2]));
    expect(e).toMatchObject({ key: "countZeroBeforePositive", params: { stage: 2, next: 3, found: 2 } });
  });

  it("says when there are no counts at all", () => {
    expect(inputError(() => stepRates([]))).toMatchObject({
      key: "countsEmpty",
      params: {},
      message: "Give at least one stage count; the list of counts is empty.",
    });
  });
});
