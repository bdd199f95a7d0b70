import { round9 } from "../cells/round-product";
import { InputError } from "../errors";
import { checkCounts } from "./checks";
import { findBottleneck, type Bottleneck } from "./find-bottleneck";
import { ladderTargets } from "./ladder-targets";
import { stepRates } from "./step-rates";
import { ladderStageLabel } from "./validate-ladder";
import type { Ladder, Lang, LocalizedText } from "./types";

/** One stage of an actual-vs-target comparison. */
export interface StageComparison {
  readonly id: string;
  readonly names: LocalizedText;
  readonly target: number;
  readonly actual: number;
  /** max(0, target − actual). */
  readonly shortfall: number;
  /** actual / target (NaN when the target is 0), rounded to 9 decimals. */
  readonly attainment: number;
  /** Target step rate to the next stage; undefined on the last stage. */
  readonly targetRate?: number;
  /** Actual step rate to the next stage (NaN when nobody reached this stage); undefined on the last. */
  readonly actualRate?: number;
}

export interface TargetComparison {
  readonly stages: StageComparison[];
  readonly bottleneck: Bottleneck | null;
}

/**
 * Actual against target per stage: targets from {@link ladderTargets}, actuals as counts of deals that
 * reached at least each stage (see pipelineCounts), shortfall, attainment, step rates both ways and the
 * bottleneck step ({@link findBottleneck}), whose reason names the stages in `lang`.
 */
export function compareToTarget(
  ladder: Ladder,
  actual: readonly number[],
  dealTarget: number,
  lang: Lang = "en-US",
): TargetComparison {
  const targets = ladderTargets(ladder, dealTarget);
  if (actual.length !== targets.length) {
    throw new InputError(
      "actualsLengthMismatch",
      { stages: targets.length, found: actual.length },
      `The ladder has ${targets.length} stages, so ${targets.length} actual counts are expected; found ${actual.length}.`,
    );
  }
  checkCounts(actual, ladderStageLabel(ladder));
  const actualRates = stepRates(actual);
  const targetRates = ladder.stages.slice(0, -1).map((s) => s.rate as number);
  const stages = targets.map((t, i): StageComparison => ({
    id: t.id,
    names: t.names,
    target: t.target,
    actual: actual[i],
    shortfall: Math.max(0, round9(t.target - actual[i])),
    attainment: t.target === 0 ? NaN : round9(actual[i] / t.target),
    ...(i < targetRates.length ? { targetRate: targetRates[i], actualRate: actualRates[i] } : {}),
  }));
  const names = ladder.stages.map((s) => s.names[lang]);
  const bottleneck = findBottleneck(targetRates, actualRates, names);
  // The English text always names stages in English so it reads as one language.
  const english = ladder.stages.map((s) => s.names["en-US"]);
  return {
    stages,
    bottleneck: bottleneck && { ...bottleneck, text: findBottleneck(targetRates, actualRates, english)!.text },
  };
}
