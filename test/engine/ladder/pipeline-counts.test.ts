import { pipelineCounts } from "../../../src/engine/ladder/pipeline-counts";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

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
    expect(() => pipelineCounts(defaultLadder(), bad)).toThrow(
      /Row 17 has the stage "Closed won", which is not in the ladder. Expected one of: Lead preparation, First contact/,
    );
    expect(() => pipelineCounts(defaultLadder(), [{ stage: null }])).toThrow(/Row 1 has no stage/);
  });

  it("can report unknown stages with their rows instead of stopping", () => {
    const c = pipelineCounts(defaultLadder(), [{ stage: "lead" }, { stage: "??" }], { unknown: "report" });
    expect(c.unknown).toEqual([{ row: 2, stage: "??" }]);
    expect(c.current[0]).toBe(1);
  });
});

describe("pipelineCounts: matching and keys", () => {
  it("trims the ladder's own names and ids too, and gives a text naming two stages to the first", () => {
    const d = defaultLadder().stages;
    // Stage 2's id is stage 1's English name: "First" names stage 1 by id and stage 2 by name → stage 1 (ladder order).
    const ladder = {
      stages: [
        { ...d[0], id: "first", names: { "en-US": " Leads ", "zh-CN": "线索" } },
        { ...d[1], id: "leads", names: { "en-US": "First", "zh-CN": "接触" } },
        d[5],
      ],
    };
    const c = pipelineCounts(ladder, [{ stage: "leads" }, { stage: "FIRST" }, { stage: "signed" }]);
    expect(c.current).toEqual([2, 0, 1]);
  });

  it("adds only finite values, and counts a tier or owner by its trimmed name, leaving blank ones out", () => {
    const c = pipelineCounts(defaultLadder(), [
      { stage: "lead", value: NaN, tier: " A ", owner: "Li" },
      { stage: "lead", value: Infinity, tier: "A", owner: " " },
      { stage: "lead", value: 4, tier: "  ", owner: "Li " },
    ]);
    expect(c.value[0]).toBe(4);
    expect([...c.byTier.keys()]).toEqual(["A"]);
    expect(c.byTier.get("A")!.current[0]).toBe(2);
    expect([...c.byOwner.keys()]).toEqual(["Li"]);
    expect(c.byOwner.get("Li")!.current[0]).toBe(2);
  });

  it("names the row and what it found in the error's params", () => {
    const e = inputError(() => pipelineCounts(defaultLadder(), [{ stage: "lead" }, { stage: " won " }]));
    expect(e).toMatchObject({ key: "pipelineStageUnknown", params: { row: 2, found: "won" } });
    expect(e.params.known).toBe(
      "Lead preparation, First contact, Needs analysis, Proposal & quote, Negotiation, Signed",
    );
  });
});
