import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { addStage, moveStage, removeStage, renameStage, setStageDuration, setStageRate } from "../../../src/engine/ladder/ladder-edits";
import { validateLadder } from "../../../src/engine/ladder/validate-ladder";
import { ladderTargets } from "../../../src/engine/ladder/ladder-targets";
import { InputError } from "../../../src/engine/errors";
import type { Ladder } from "../../../src/engine/ladder/types";

const ids = (l: Ladder) => l.stages.map((s) => s.id);
const rates = (l: Ladder) => l.stages.map((s) => s.rate);

describe("defaultLadder", () => {
  it("is the six-stage seed ladder of DESIGN.md with both names and rates 50/40/50/50/60 %", () => {
    const l = defaultLadder();
    expect(l.stages.map((s) => s.names["zh-CN"])).toEqual(["线索准备", "初次接触", "需求分析", "提案报价", "谈判跟进", "签约实施"]);
    expect(l.stages.map((s) => s.names["en-US"])).toEqual(["Lead preparation", "First contact", "Needs analysis", "Proposal & quote", "Negotiation", "Signed"]);
    expect(validateLadder(l)).toEqual([0.5, 0.4, 0.5, 0.5, 0.6]);
    expect(ladderTargets(l, 3).map((s) => s.target)).toEqual([100, 50, 20, 10, 5, 3]);
  });
});

describe("validateLadder", () => {
  it("refuses an empty ladder", () => {
    expect(() => validateLadder({ stages: [] })).toThrow(/The ladder has no stages/);
  });

  it("names the stage whose rate is out of range", () => {
    const l = defaultLadder();
    const bad = { stages: l.stages.map((s, i) => (i === 2 ? { ...s, rate: 1.2 } : s)) };
    expect(() => validateLadder(bad)).toThrow(/step rate from stage 3 \(Needs analysis\) to stage 4 \(Proposal & quote\) .* found 1.2/);
    const missing = { stages: l.stages.map((s, i) => (i === 0 ? { ...s, rate: undefined } : s)) };
    expect(() => validateLadder(missing)).toThrow(/stage 1 \(Lead preparation\) .* found nothing/);
  });

  it("refuses repeated ids, blank names and negative or fractional durations", () => {
    const l = defaultLadder();
    expect(() => validateLadder({ stages: [l.stages[0], { ...l.stages[1], id: "lead" }] })).toThrow(/repeats the id "lead" of stage 1/);
    expect(() => validateLadder({ stages: [{ ...l.stages[5], names: { "en-US": "Won", "zh-CN": " " } }] })).toThrow(/needs a zh-CN name/);
    expect(() => validateLadder({ stages: [{ ...l.stages[5], durationDays: -1 }] })).toThrow(/duration of stage 1 \(Signed\) must be a whole number of days/);
    expect(() => validateLadder({ stages: [{ ...l.stages[5], durationDays: 1.5 }] })).toThrow(InputError);
  });
});

describe("ladder edits", () => {
  it("adds a stage in the middle with its own rate and copies a missing translation", () => {
    const l = addStage(defaultLadder(), { names: { "en-US": "Demo" }, rate: 0.8, durationDays: 3 }, 3);
    expect(ids(l)).toEqual(["lead", "contact", "needs", "demo", "proposal", "negotiation", "signed"]);
    expect(l.stages[3]).toMatchObject({ names: { "en-US": "Demo", "zh-CN": "Demo" }, rate: 0.8, durationDays: 3 });
    // Needs analysis keeps its 50 % (now into Demo). Hand calculation: 3/0.6 = 5; 5/0.5 = 10 (proposal);
    // 10/0.8 = 12.5 → 13 (demo); 13/0.5 = 26 (needs); 26/0.4 = 65 (contact); 65/0.5 = 130 (lead).
    expect(ladderTargets(l, 3).map((s) => s.target)).toEqual([130, 65, 26, 13, 10, 5, 3]);
  });

  it("adds a stage at the end only with the rate into it from the former last stage", () => {
    expect(() => addStage(defaultLadder(), { names: { "en-US": "Renewal" } })).toThrow(/needs the step rate from "Signed" into it/);
    const l = addStage(defaultLadder(), { names: { "en-US": "Renewal", "zh-CN": "续约" }, rateFromPrevious: 0.9 });
    expect(ids(l).slice(-2)).toEqual(["signed", "renewal"]);
    expect(rates(l).slice(-2)).toEqual([0.9, undefined]);
  });

  it("gives a new stage a fresh id when its name is taken", () => {
    const l = addStage(defaultLadder(), { names: { "en-US": "Signed" }, rate: 1 }, 0);
    expect(l.stages[0].id).toBe("signed-2");
  });

  it("removes a stage and drops the rate of a stage that becomes last", () => {
    const l = removeStage(defaultLadder(), "signed");
    expect(ids(l)).toEqual(["lead", "contact", "needs", "proposal", "negotiation"]);
    expect(l.stages[4].rate).toBeUndefined();
    expect(() => removeStage({ stages: [defaultLadder().stages[5]] }, "signed")).toThrow(/must keep at least one stage/);
    expect(() => removeStage(defaultLadder(), "nope")).toThrow(/There is no stage with id "nope"/);
  });

  it("renames a stage in one language and keeps the other", () => {
    const l = renameStage(defaultLadder(), "needs", { "en-US": "Discovery" });
    expect(l.stages[2].names).toEqual({ "en-US": "Discovery", "zh-CN": "需求分析" });
    expect(() => renameStage(defaultLadder(), "needs", { "en-US": "" })).toThrow(/needs a en-US name/);
  });

  it("moves a stage while the step rates stay with the steps", () => {
    const l = moveStage(defaultLadder(), "needs", 1);
    expect(ids(l)).toEqual(["lead", "needs", "contact", "proposal", "negotiation", "signed"]);
    expect(rates(l)).toEqual([0.5, 0.4, 0.5, 0.5, 0.6, undefined]);
    const last = moveStage(defaultLadder(), "signed", 0);
    expect(ids(last)[5]).toBe("negotiation");
    expect(rates(last)[5]).toBeUndefined();
    expect(() => moveStage(defaultLadder(), "needs", 6)).toThrow(/position from 0 to 5; found 6/);
  });

  it("sets rates and durations with the same checks", () => {
    expect(setStageRate(defaultLadder(), "lead", 0.25).stages[0].rate).toBe(0.25);
    expect(() => setStageRate(defaultLadder(), "lead", 0)).toThrow(/stage 1 \(Lead preparation\) .* found 0/);
    expect(() => setStageRate(defaultLadder(), "signed", 0.5)).toThrow(/is the last stage/);
    expect(setStageDuration(defaultLadder(), "lead", 10).stages[0].durationDays).toBe(10);
    expect(() => setStageDuration(defaultLadder(), "lead", -3)).toThrow(/whole number of days/);
  });
});
