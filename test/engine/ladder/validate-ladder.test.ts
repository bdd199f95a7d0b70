import { validateLadder, ladderStageLabel } from "../../../src/engine/ladder/validate-ladder";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { inputError } from "../support/input-error";
import type { Ladder, Stage } from "../../../src/engine/ladder/types";

/** The seed ladder with stage i changed. */
function withStage(i: number, change: Partial<Stage> | Record<string, unknown>): Ladder {
  const stages = defaultLadder().stages.map((s, k) => (k === i ? ({ ...s, ...change } as Stage) : s));
  return { stages };
}

describe("validateLadder", () => {
  it("returns the step rates of every stage but the last (the seed ladder: 50/40/50/50/60 %, DESIGN.md)", () => {
    expect(validateLadder(defaultLadder())).toEqual([0.5, 0.4, 0.5, 0.5, 0.6]);
  });

  it("ignores the last stage's rate and takes rates of exactly 1 and durations of 0", () => {
    const ladder = withStage(5, { rate: 7 });
    expect(validateLadder(ladder)).toEqual([0.5, 0.4, 0.5, 0.5, 0.6]);
    expect(validateLadder(withStage(0, { rate: 1, durationDays: 0 }))[0]).toBe(1);
  });

  it("refuses a ladder without stages", () => {
    const e = inputError(() => validateLadder({ stages: [] }));
    expect(e).toMatchObject({ key: "ladderEmpty", message: "The ladder has no stages. Add at least one stage." });
    expect(inputError(() => validateLadder(undefined as unknown as Ladder)).key).toBe("ladderEmpty");
  });

  it("names the stage without an id by number and English name", () => {
    const e = inputError(() => validateLadder(withStage(1, { id: "  " })));
    expect(e).toMatchObject({
      key: "stageIdMissing",
      params: { stage: "stage 2 (First contact)" },
      message: "Stage 2 (First contact) has no id.",
    });
    expect(inputError(() => validateLadder(withStage(0, { id: 3 as unknown as string }))).key).toBe("stageIdMissing");
  });

  it("names both stages of a repeated id", () => {
    const e = inputError(() => validateLadder(withStage(2, { id: "lead" })));
    expect(e).toMatchObject({
      key: "stageIdRepeated",
      params: { id: "lead", stage: "stage 3 (Needs analysis)", first: "stage 1 (Lead preparation)" },
      message:
        'Stage 3 (Needs analysis) repeats the id "lead" of stage 1 (Lead preparation); stage ids must be unique.',
    });
  });

  it("asks for both an English and a Chinese name", () => {
    const zh = inputError(() => validateLadder(withStage(1, { names: { "en-US": "First contact", "zh-CN": " " } })));
    expect(zh).toMatchObject({
      key: "stageNameMissing",
      params: { stage: "stage 2", lang: "zh-CN" },
      message: 'Stage 2 needs a name in zh-CN; found " ".',
    });
    const en = inputError(() => validateLadder(withStage(0, { names: { "zh-CN": "线索准备" } })));
    expect(en).toMatchObject({ params: { stage: "stage 1", lang: "en-US" } });
    expect(inputError(() => validateLadder(withStage(1, { names: undefined }))).params).toEqual({
      stage: "stage 2",
      lang: "en-US",
    });
    expect(en.message).toBe("Stage 1 needs a name in en-US; found nothing.");
  });

  it("refuses a duration that is not a whole number of days ≥ 0", () => {
    for (const d of [1.5, -1]) {
      const e = inputError(() => validateLadder(withStage(3, { durationDays: d })));
      expect(e).toMatchObject({
        key: "stageDurationInvalid",
        params: { stage: "stage 4 (Proposal & quote)", found: String(d) },
        message: `The duration of stage 4 (Proposal & quote) must be a whole number of days, 0 or more; found ${d}.`,
      });
    }
    expect(
      inputError(() => validateLadder(withStage(3, { durationDays: "7" as unknown as number }))).params.found,
    ).toBe('"7"');
  });

  it("refuses a step rate of 0 or above 1 on any stage but the last, naming both stages", () => {
    const e = inputError(() => validateLadder(withStage(1, { rate: 0 })));
    expect(e).toMatchObject({
      key: "rateOutOfRange",
      params: { stage: "stage 2 (First contact)", next: "stage 3 (Needs analysis)", found: "0" },
      message:
        "The step rate from stage 2 (First contact) to stage 3 (Needs analysis) must be a number greater than 0 and at most 1 (100 %); found 0.",
    });
    expect(inputError(() => validateLadder(withStage(4, { rate: 1.01 }))).params.found).toBe("1.01");
    expect(inputError(() => validateLadder(withStage(0, { rate: undefined }))).params.found).toBe("nothing");
  });
});

describe("ladderStageLabel", () => {
  it("names a stage by number and English name, its id when the name is blank, and a stage past the end by number", () => {
    const label = ladderStageLabel(withStage(1, { names: { "en-US": "", "zh-CN": "初次接触" } }));
    expect(label(0)).toBe("stage 1 (Lead preparation)");
    expect(label(1)).toBe("stage 2 (contact)");
    expect(label(6)).toBe("stage 7");
  });
});
