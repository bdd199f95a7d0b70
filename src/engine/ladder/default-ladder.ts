import type { Ladder } from "./types";

/**
 * The seed ladder of DESIGN.md ("Stage ladder"): 线索准备 → 初次接触 → 需求分析 → 提案报价 → 谈判跟进 →
 * 签约实施 with step rates 50/40/50/50/60 %, so a target of 3 signed deals needs 100/50/20/10/5/3.
 * Durations are typical B2B figures (about one quarter end to end: 7+7+14+14+14+7 = 63 days);
 * users edit them.
 */
export function defaultLadder(): Ladder {
  return {
    stages: [
      {
        id: "lead",
        names: { "en-US": "Lead preparation", "zh-CN": "线索准备" },
        rate: 0.5,
        durationDays: 7,
        action: { "en-US": "Prepare {n} leads", "zh-CN": "准备 {n} 条线索" },
      },
      {
        id: "contact",
        names: { "en-US": "First contact", "zh-CN": "初次接触" },
        rate: 0.4,
        durationDays: 7,
        action: { "en-US": "Contact {n} leads", "zh-CN": "初次接触 {n} 个客户" },
      },
      {
        id: "needs",
        names: { "en-US": "Needs analysis", "zh-CN": "需求分析" },
        rate: 0.5,
        durationDays: 14,
        action: { "en-US": "Run {n} needs analyses", "zh-CN": "完成 {n} 次需求分析" },
      },
      {
        id: "proposal",
        names: { "en-US": "Proposal & quote", "zh-CN": "提案报价" },
        rate: 0.5,
        durationDays: 14,
        action: { "en-US": "Send {n} proposals and quotes", "zh-CN": "提交 {n} 份方案报价" },
      },
      {
        id: "negotiation",
        names: { "en-US": "Negotiation", "zh-CN": "谈判跟进" },
        rate: 0.6,
        durationDays: 14,
        action: { "en-US": "Negotiate {n} deals", "zh-CN": "跟进谈判 {n} 单" },
      },
      {
        id: "signed",
        names: { "en-US": "Signed", "zh-CN": "签约实施" },
        durationDays: 7,
        action: { "en-US": "Sign {n} deals", "zh-CN": "签约 {n} 单" },
      },
    ],
  };
}
