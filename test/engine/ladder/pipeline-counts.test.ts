import { pipelineCounts } from "../../../src/engine/ladder/pipeline-counts";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { InputError } from "../../../src/engine/errors";

describe("pipelineCounts", () => {
  const deals = [
    { stage: "lead", owner: "Li", tier: "A", value: 10 },
    { stage: "First contact", owner: "Li", tier: "B", value: 20 },
    { stage: "需求分析", owner: "Wang", tier: "A" },
    { stage: " proposal & QUOTE ", owner: "Wang", tier: "A", value: 5 },
    { stage: "signed", owner: "Li", tier: "A", value: 100 },
  ];

  it("counts deals in each stage and those that reached at least each stage, matching id or either name", () => {
    const c = pipelineCounts(defaultLadder(), deals);
    expect(c.current).toEqual([1, 1, 1, 1, 0, 1]);
    // Reached at least: running sums from the end: 1, 1, 2, 3, 4, 5 → reversed.
    expect(c.reached).toEqual([5, 4, 3, 2, 1, 1]);
    expect(c.value).toEqual([10, 20, 0, 5, 0, 100]);
  });

  it("keeps counts per tier and per owner", () => {
    const c = pipelineCounts(defaultLadder(), deals);
    expect(c.byTier.get("A")!.reached).toEqual([4, 3, 3, 2, 1, 1]);
    expect(c.byOwner.get("Wang")!.current).toEqual([0, 0, 1, 1, 0, 0]);
  });

  it("names the row of an unknown stage and lists the stages it expected", () => {
    const bad = [...deals, { stage: "Closed won", row: 17 }];
    expect(() => pipelineCounts(defaultLadder(), bad)).toThrow(InputError);
    expect(() => pipelineCounts(defaultLadder(), bad)).toThrow(/Row 17 has the stage "Closed won", which is not in the ladder. Expected one of: Lead preparation, First contact/);
    expect(() => pipelineCounts(defaultLadder(), [{ stage: null }])).toThrow(/Row 1 has no stage/);
  });

  it("can report unknown stages with their rows instead of stopping", () => {
    const c = pipelineCounts(defaultLadder(), [{ stage: "lead" }, { stage: "??" }], { unknown: "report" });
    expect(c.unknown).toEqual([{ row: 2, stage: "??" }]);
    expect(c.current[0]).toBe(1);
  });
});
