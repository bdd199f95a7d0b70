/**
 * The eight RFM classes (RFM 八类客户) of DESIGN.md "RFM eight classes": each of R, F and M is high or
 * low against that dimension's mean score, and the 2 × 2 × 2 patterns name the classes. This is the
 * RFM model Chinese CRM tools and analyses commonly use (e.g. 重要价值客户 = high R, F and M).
 * Listed in tier order (most valuable first); ids are stable English strings saved in workbooks.
 */
export const RFM_CLASSES = [
  { id: "important-value", r: true, f: true, m: true },
  { id: "important-develop", r: true, f: false, m: true },
  { id: "important-keep", r: false, f: true, m: true },
  { id: "important-win-back", r: false, f: false, m: true },
  { id: "general-value", r: true, f: true, m: false },
  { id: "general-develop", r: true, f: false, m: false },
  { id: "general-keep", r: false, f: true, m: false },
  { id: "general-win-back", r: false, f: false, m: false },
] as const satisfies readonly { id: string; r: boolean; f: boolean; m: boolean }[];

export type RfmClassId = (typeof RFM_CLASSES)[number]["id"];

/** Every class id in tier order. */
export const RFM_CLASS_IDS: readonly RfmClassId[] = RFM_CLASSES.map((c) => c.id);

/** Display names per language (DESIGN.md; the Chinese names as Chinese CRM tools write them). */
export const RFM_CLASS_NAMES: Readonly<Record<"en-US" | "zh-CN", Readonly<Record<RfmClassId, string>>>> = {
  "en-US": {
    "important-value": "Important value",
    "important-develop": "Important to develop",
    "important-keep": "Important to keep",
    "important-win-back": "Important to win back",
    "general-value": "General value",
    "general-develop": "General to develop",
    "general-keep": "General to keep",
    "general-win-back": "General to win back",
  },
  "zh-CN": {
    "important-value": "重要价值客户",
    "important-develop": "重要发展客户",
    "important-keep": "重要保持客户",
    "important-win-back": "重要挽留客户",
    "general-value": "一般价值客户",
    "general-develop": "一般发展客户",
    "general-keep": "一般保持客户",
    "general-win-back": "一般挽留客户",
  },
};
