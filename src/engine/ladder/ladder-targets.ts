import { backwardTargets } from "./backward-targets";
import { validateLadder, ladderStageLabel } from "./validate-ladder";
import type { Ladder, LocalizedText } from "./types";

/** A stage with its target count. */
export interface StageTarget {
  readonly id: string;
  readonly names: LocalizedText;
  readonly target: number;
}

/** {@link backwardTargets} on a validated ladder, with each stage's id and names. */
export function ladderTargets(ladder: Ladder, dealTarget: number): StageTarget[] {
  const rates = validateLadder(ladder);
  const targets = backwardTargets(dealTarget, rates, ladderStageLabel(ladder));
  return ladder.stages.map((s, i) => ({ id: s.id, names: s.names, target: targets[i] }));
}
