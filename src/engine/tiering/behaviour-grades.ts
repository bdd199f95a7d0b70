import { NO_TIER } from "./types";

/** The behaviour grades in tier order (DESIGN.md "Customer history"). */
export const BEHAVIOUR_GRADES = ["frequent", "occasional", "never"] as const;
export type BehaviourGrade = (typeof BEHAVIOUR_GRADES)[number];

/** Orders are counted over the last `days` days to the as-of date; `frequentFrom` or more of them → Frequent. */
export interface BehaviourRule {
  readonly days: number;
  readonly frequentFrom: number;
}

export const DEFAULT_BEHAVIOUR_RULE: BehaviourRule = { days: 90, frequentFrom: 3 };

/** Grade names per language, in tier order (the glossary's terms). */
export const BEHAVIOUR_NAMES: Readonly<Record<"en-US" | "zh-CN", readonly string[]>> = {
  "en-US": ["Frequent", "Occasional", "Never purchased"],
  "zh-CN": ["频繁购买", "偶尔购买", "从不购买"],
};

/**
 * Behaviour grade per customer (index into BEHAVIOUR_GRADES): no order at all (`noOrder`) → never;
 * orders in the window (`recent`) ≥ frequentFrom → frequent; else occasional (a customer who ordered only
 * before the window is occasional with 0). A count that is not a whole number of 0 or more gets NO_TIER.
 */
export function behaviourGrades(recent: ArrayLike<number>, noOrder: Uint8Array, frequentFrom: number): Int32Array {
  const out = new Int32Array(recent.length);
  for (let i = 0; i < out.length; i++) {
    const r = recent[i];
    if (noOrder[i]) out[i] = 2;
    else if (!(Number.isInteger(r) && r >= 0)) out[i] = NO_TIER;
    else out[i] = r >= frequentFrom ? 0 : 1;
  }
  return out;
}
