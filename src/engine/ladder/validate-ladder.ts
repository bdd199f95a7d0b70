import { InputError } from "../errors";
import { checkRates, showValue, type StageLabel } from "./checks";
import type { Ladder, Stage } from "./types";

/** Names stage i of a ladder in messages: "stage 3 (Needs analysis)". */
export function ladderStageLabel(ladder: Ladder): StageLabel {
  return (i) => {
    const stage: Stage | undefined = ladder.stages[i];
    return stage ? `stage ${i + 1} (${stage.names["en-US"] || stage.id})` : `stage ${i + 1}`;
  };
}

/**
 * Checks a ladder and returns its step rates (one per stage but the last). Throws InputError for an
 * empty ladder, a missing or repeated id, a blank name, a rate outside (0, 1] on any stage but the
 * last, or a duration that is not a whole number of days ≥ 0.
 */
export function validateLadder(ladder: Ladder): number[] {
  const stages = ladder?.stages;
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new InputError("ladderEmpty", {}, "The ladder has no stages. Add at least one stage.");
  }
  const label = ladderStageLabel(ladder);
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (typeof stage.id !== "string" || stage.id.trim() === "") {
      throw new InputError("stageIdMissing", { stage: label(i) }, `${cap(label(i))} has no id.`);
    }
    const before = seen.get(stage.id);
    if (before !== undefined) {
      throw new InputError(
        "stageIdRepeated",
        { id: stage.id, stage: label(i), first: label(before) },
        `${cap(label(i))} repeats the id "${stage.id}" of ${label(before)}; stage ids must be unique.`,
      );
    }
    seen.set(stage.id, i);
    for (const lang of ["en-US", "zh-CN"] as const) {
      const name = stage.names?.[lang];
      if (typeof name !== "string" || name.trim() === "") {
        throw new InputError(
          "stageNameMissing",
          { stage: `stage ${i + 1}`, lang },
          `Stage ${i + 1} needs a name in ${lang}; found ${showValue(name)}.`,
        );
      }
    }
    const d = stage.durationDays;
    if (typeof d !== "number" || !Number.isInteger(d) || d < 0) {
      throw new InputError(
        "stageDurationInvalid",
        { stage: label(i), found: showValue(d) },
        `The duration of ${label(i)} must be a whole number of days, 0 or more; found ${showValue(d)}.`,
      );
    }
  });
  const rates = stages.slice(0, -1).map((s) => s.rate as number);
  checkRates(rates, label);
  return rates;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
