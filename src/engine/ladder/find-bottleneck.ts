import { round9 } from "../cells/round-product";
import { InputError } from "../errors";

/** Why a step is the bottleneck, as an i18n key with params and as English text. */
export interface Bottleneck {
  /** Index of the stage the weak step leaves (step i goes from stage i to stage i+1). */
  readonly step: number;
  readonly actualRate: number;
  readonly targetRate: number;
  /** actualRate / targetRate, rounded to 9 decimals. */
  readonly ratio: number;
  readonly reason: {
    readonly key: "ladder.bottleneckBelow" | "ladder.bottleneckMet";
    readonly params: Readonly<Record<string, string | number>>;
  };
  readonly text: string;
}

/** A rate as a percentage with at most one decimal, no space before % (as Excel writes it): 0.375 → "37.5%". */
function percent(rate: number): string {
  return `${Math.round(round9(rate * 1000)) / 10}%`;
}

/**
 * The bottleneck of a ladder (DESIGN.md, "Stage ladder"): the step whose actual conversion rate is
 * lowest relative to its target rate (lowest actual / target); equal ratios go to the earlier step,
 * and steps without data (NaN actual rate: nobody reached the stage) are skipped. Returns null when
 * no step has data. `names[i]` names stage i in the reason.
 */
export function findBottleneck(
  targetRates: readonly number[],
  actualRates: readonly number[],
  names: readonly string[] = targetRates.map((_, i) => `stage ${i + 1}`).concat(`stage ${targetRates.length + 1}`),
): Bottleneck | null {
  if (targetRates.length !== actualRates.length) {
    throw new InputError(
      "ratesLengthMismatch",
      { target: targetRates.length, actual: actualRates.length },
      `There are ${targetRates.length} target rates but ${actualRates.length} actual rates; give one of each per step.`,
    );
  }
  let best = -1;
  let bestRatio = Infinity;
  for (let i = 0; i < targetRates.length; i++) {
    if (Number.isNaN(actualRates[i])) continue;
    const ratio = round9(actualRates[i] / targetRates[i]);
    if (ratio < bestRatio) {
      best = i;
      bestRatio = ratio;
    }
  }
  if (best < 0) return null;
  const params = {
    from: names[best],
    to: names[best + 1],
    actual: percent(actualRates[best]),
    target: percent(targetRates[best]),
    ofTarget: percent(bestRatio),
  };
  const below = bestRatio < 1;
  const text = below
    ? `Only ${params.actual} of deals move from “${params.from}” to “${params.to}”, against a target of ${params.target} (${params.ofTarget} of target): the ladder leaks most at this step.`
    : `Every step meets its target rate; the closest to falling short is “${params.from}” to “${params.to}” at ${params.actual} against ${params.target}.`;
  return {
    step: best,
    actualRate: actualRates[best],
    targetRate: targetRates[best],
    ratio: bestRatio,
    reason: { key: below ? "ladder.bottleneckBelow" : "ladder.bottleneckMet", params },
    text,
  };
}
