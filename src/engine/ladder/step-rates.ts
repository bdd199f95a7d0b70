import { InputError } from "../errors";
import { checkCounts } from "./checks";

/**
 * Actual step conversion rates from stage counts: counts[i+1] / counts[i] (the "stage-to-stage
 * conversion rate" of funnel reports). Where counts[i] and counts[i+1] are both 0 no deal was there
 * to convert and the rate is NaN (no data), never a made-up 0. A positive count after a 0 cannot be
 * a conversion and throws. Rates above 1 are returned as measured (counts that grow down the ladder
 * are then snapshots, not "reached at least" counts).
 */
export function stepRates(counts: readonly number[]): number[] {
  checkCounts(counts);
  const out = new Array<number>(Math.max(0, counts.length - 1));
  for (let i = 0; i + 1 < counts.length; i++) {
    if (counts[i] === 0) {
      if (counts[i + 1] > 0) {
        throw new InputError(
          "countZeroBeforePositive",
          { stage: i + 1, next: i + 2, found: counts[i + 1] },
          `Stage ${i + 1} has 0 deals but stage ${i + 2} has ${counts[i + 1]}: a later stage cannot convert from an empty one. Use counts of deals that reached at least each stage.`,
        );
      }
      out[i] = NaN;
    } else {
      out[i] = counts[i + 1] / counts[i];
    }
  }
  return out;
}
