import { defaultLadder } from "../../../src/engine/ladder/default-ladder";

describe("defaultLadder", () => {
  it("is DESIGN.md's seed ladder: six stages, rates 50/40/50/50/60 %", () => {
    const stages = defaultLadder().stages;
    expect(stages.map((s) => s.names["zh-CN"])).toEqual([
      "线索准备",
      "初次接触",
      "需求分析",
      "提案报价",
      "谈判跟进",
      "签约实施",
    ]);
    expect(stages.map((s) => s.names["en-US"])).toEqual([
      "Lead preparation",
      "First contact",
      "Needs analysis",
      "Proposal & quote",
      "Negotiation",
      "Signed",
    ]);
    expect(stages.slice(0, -1).map((s) => s.rate)).toEqual([0.5, 0.4, 0.5, 0.5, 0.6]);
  });

  it("titles every stage's target task in both languages, with a place for the count", () => {
    // The stage-target tasks put the count where {n} is ("Contact {n} leads"); a title without it would lose the number.
    for (const s of defaultLadder().stages) {
      expect(s.action?.["en-US"]).toContain("{n}");
      expect(s.action?.["zh-CN"]).toContain("{n}");
    }
  });
});
