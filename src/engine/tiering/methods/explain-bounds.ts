import type { TierResult } from "../tier-result";
import { num } from "./explain-format";
import type { Because } from "./tiering-method";

/** Why thresholds put a row in its tier: its value (or score) against the bounds either side. */
export function boundsBecause(result: TierResult, row: number, bounds: readonly number[]): Because {
  const t = result.tier[row];
  const subject = result.rankedBy === "score" ? "score" : "value";
  const x = result.rankedBy === "score" && result.score ? result.score[row] : result.value[row];
  const value = num(x);
  if (t < bounds.length) {
    const bound = num(bounds[t]);
    return {
      key: "explain.because.atLeast",
      params: { subject, value, bound },
      text: `its ${subject} ${value} is at least ${bound}${t > 0 ? ` and below ${num(bounds[t - 1])}` : ""}`,
    };
  }
  const bound = num(bounds[bounds.length - 1]);
  return {
    key: "explain.because.below",
    params: { subject, value, bound },
    text: `its ${subject} ${value} is below ${bound}`,
  };
}
