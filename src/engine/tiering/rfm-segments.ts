/**
 * RFM segments of DESIGN.md (the widely used 10-segment RFM map, ranges inclusive on R/F/M
 * scores 1–5), in the order they are tested: the first match wins, else "others".
 * Ids are stable English strings saved in workbooks; display names live in RFM_SEGMENT_NAMES.
 */
export const RFM_SEGMENTS = [
  { id: "champions", r: [5, 5], f: [5, 5], m: [5, 5] },
  { id: "potential-loyalist", r: [3, 5], f: [3, 5], m: [2, 5] },
  { id: "loyal-customers", r: [2, 4], f: [2, 4], m: [2, 4] },
  { id: "promising", r: [3, 4], f: [1, 3], m: [3, 5] },
  { id: "new-customers", r: [4, 5], f: [1, 3], m: [1, 5] },
  { id: "cant-lose-them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { id: "at-risk", r: [1, 2], f: [2, 5], m: [4, 5] },
  { id: "need-attention", r: [1, 3], f: [3, 5], m: [3, 5] },
  { id: "about-to-sleep", r: [2, 3], f: [1, 3], m: [1, 4] },
  { id: "lost", r: [1, 1], f: [1, 5], m: [1, 5] },
] as const satisfies readonly {
  id: string;
  r: readonly [number, number];
  f: readonly [number, number];
  m: readonly [number, number];
}[];

export type RfmSegmentId = (typeof RFM_SEGMENTS)[number]["id"] | "others";

/** Every segment id in tier order (the table's order, then "others"). */
export const RFM_SEGMENT_IDS: readonly RfmSegmentId[] = [...RFM_SEGMENTS.map((s) => s.id), "others"];

/** Display names per language (zh-CN: the names of glossary-zh.md, as Chinese CRM tools write them). */
export const RFM_SEGMENT_NAMES: Readonly<Record<"en-US" | "zh-CN", Readonly<Record<RfmSegmentId, string>>>> = {
  "en-US": {
    champions: "Champions",
    "potential-loyalist": "Potential Loyalist",
    "loyal-customers": "Loyal Customers",
    promising: "Promising",
    "new-customers": "New Customers",
    "cant-lose-them": "Can't Lose Them",
    "at-risk": "At Risk",
    "need-attention": "Need Attention",
    "about-to-sleep": "About To Sleep",
    lost: "Lost",
    others: "Others",
  },
  "zh-CN": {
    champions: "冠军客户",
    "potential-loyalist": "潜在忠诚客户",
    "loyal-customers": "忠诚客户",
    promising: "有潜力客户",
    "new-customers": "新客户",
    "cant-lose-them": "重要挽留客户",
    "at-risk": "流失风险客户",
    "need-attention": "需要关注客户",
    "about-to-sleep": "即将沉睡客户",
    lost: "流失客户",
    others: "其他",
  },
};
