import { NO_TIER } from "./types";

/** The lifecycle stages in tier order (DESIGN.md "Customer history"; TIER.LIFECYCLE's label order). */
export const LIFECYCLE_STAGES = ["never", "new", "active", "at-risk", "lost"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Day windows: first order at most `new` days ago → New; last order more than `lost` / `atRisk` days ago → Lost / At risk. */
export interface LifecycleWindows {
  readonly new: number;
  readonly atRisk: number;
  readonly lost: number;
}

export const DEFAULT_LIFECYCLE_WINDOWS: LifecycleWindows = { new: 90, atRisk: 180, lost: 365 };

/** Stage names per language, in tier order (the glossary's terms). */
export const LIFECYCLE_NAMES: Readonly<Record<"en-US" | "zh-CN", readonly string[]>> = {
  "en-US": ["Never purchased", "New", "Active", "At risk", "Lost"],
  "zh-CN": ["从未购买", "新客户", "活跃客户", "风险客户", "流失客户"],
};

/** The as-of day and the windows the stages are counted with. */
export interface LifecycleAt {
  /** Excel serial day the days are counted to. */
  readonly asOf: number;
  readonly windows: LifecycleWindows;
}

/**
 * Lifecycle stage per customer (index into LIFECYCLE_STAGES), first match in this order: no order
 * (`noOrder`, the last order date is blank) → never; asOf − first ≤ new → new; asOf − last > lost →
 * lost; asOf − last > atRisk → at risk; else active. Dates are Excel serials, counted in whole days;
 * a row whose first or last date is not a number or lies after asOf gets NO_TIER.
 */
export function lifecycleStages(
  first: ArrayLike<number>,
  last: ArrayLike<number>,
  noOrder: Uint8Array,
  at: LifecycleAt,
): Int32Array {
  const { asOf, windows } = at;
  const out = new Int32Array(last.length);
  for (let i = 0; i < out.length; i++) {
    if (noOrder[i]) {
      out[i] = 0;
      continue;
    }
    const sinceFirst = asOf - Math.floor(first[i]);
    const sinceLast = asOf - Math.floor(last[i]);
    if (!(sinceFirst >= 0 && sinceLast >= 0))
      out[i] = NO_TIER; // not a number (NaN), or after asOf
    else if (sinceFirst <= windows.new) out[i] = 1;
    else if (sinceLast > windows.lost) out[i] = 4;
    else if (sinceLast > windows.atRisk) out[i] = 3;
    else out[i] = 2;
  }
  return out;
}
