import { InputError } from "../errors";
import { showValue } from "./checks";
import { validateLadder } from "./validate-ladder";
import type { Ladder, LocalizedText, Stage } from "./types";

/** A stage to add: one name is enough (the other language copies it until the user translates it). */
export interface NewStage {
  readonly id?: string;
  readonly names: Partial<LocalizedText>;
  /** Rate from the new stage to the next one; required unless the stage is added at the end. */
  readonly rate?: number;
  /** When added at the end: the rate from the former last stage into this one (required there). */
  readonly rateFromPrevious?: number;
  readonly durationDays?: number;
  readonly action?: LocalizedText;
}

function indexOfStage(ladder: Ladder, id: string): number {
  const i = ladder.stages.findIndex((s) => s.id === id);
  if (i < 0) {
    throw new InputError("stageNotFound", { id, known: ladder.stages.map((s) => s.id).join(", ") },
      `There is no stage with id "${id}"; the ladder has ${ladder.stages.map((s) => `"${s.id}"`).join(", ")}.`);
  }
  return i;
}

/** The last stage carries no rate; every edit ends here so the result is always a valid ladder. */
function finish(stages: Stage[]): Ladder {
  const last = stages.length - 1;
  const out: Ladder = {
    stages: stages.map((s, i) => {
      if (i !== last || s.rate === undefined) return s;
      const { rate: _dropped, ...rest } = s;
      return rest;
    }),
  };
  validateLadder(out);
  return out;
}

function fillNames(names: Partial<LocalizedText>): LocalizedText {
  const en = names["en-US"]?.trim() || names["zh-CN"]?.trim() || "";
  const zh = names["zh-CN"]?.trim() || en;
  return { "en-US": en, "zh-CN": zh };
}

function freshId(ladder: Ladder, names: LocalizedText): string {
  const slug = names["en-US"].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "stage";
  const taken = new Set(ladder.stages.map((s) => s.id));
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** Inserts a stage at position `at` (0-based; default: the end). */
export function addStage(ladder: Ladder, stage: NewStage, at: number = ladder.stages.length): Ladder {
  if (!Number.isInteger(at) || at < 0 || at > ladder.stages.length) {
    throw new InputError("stagePositionInvalid", { found: showValue(at), max: ladder.stages.length },
      `A new stage can go at a position from 0 to ${ladder.stages.length}; found ${showValue(at)}.`);
  }
  const names = fillNames(stage.names);
  const added: Stage = {
    id: stage.id ?? freshId(ladder, names),
    names,
    durationDays: stage.durationDays ?? 7,
    ...(stage.rate !== undefined ? { rate: stage.rate } : {}),
    ...(stage.action ? { action: stage.action } : {}),
  };
  const stages = [...ladder.stages];
  if (at === stages.length && stages.length > 0) {
    const previous = stages[stages.length - 1];
    if (stage.rateFromPrevious === undefined) {
      throw new InputError("rateFromPreviousMissing", { stage: previous.names["en-US"], added: names["en-US"] },
        `Adding "${names["en-US"]}" after the last stage needs the step rate from "${previous.names["en-US"]}" into it.`);
    }
    stages[stages.length - 1] = { ...previous, rate: stage.rateFromPrevious };
  } else if (at < stages.length && stage.rate === undefined) {
    throw new InputError("rateMissing", { stage: names["en-US"] },
      `The new stage "${names["en-US"]}" needs a step rate to the stage after it.`);
  }
  stages.splice(at, 0, added);
  return finish(stages);
}

/** Removes a stage; removing the only stage is refused (an empty ladder has no target). */
export function removeStage(ladder: Ladder, id: string): Ladder {
  const i = indexOfStage(ladder, id);
  if (ladder.stages.length === 1) {
    throw new InputError("ladderEmpty", {}, "The ladder must keep at least one stage.");
  }
  return finish(ladder.stages.filter((_, k) => k !== i));
}

/** Renames a stage in one or both languages. */
export function renameStage(ladder: Ladder, id: string, names: Partial<LocalizedText>): Ladder {
  const i = indexOfStage(ladder, id);
  const stages = [...ladder.stages];
  stages[i] = { ...stages[i], names: { ...stages[i].names, ...names } };
  return finish(stages);
}

/**
 * Moves a stage to position `to` (0-based). Step rates stay with the steps (the rate between the 2nd
 * and 3rd stage stays the rate between the 2nd and 3rd stage): a move re-labels the funnel, it does not
 * re-measure it. Names, ids, durations and actions move with the stage.
 */
export function moveStage(ladder: Ladder, id: string, to: number): Ladder {
  const from = indexOfStage(ladder, id);
  if (!Number.isInteger(to) || to < 0 || to >= ladder.stages.length) {
    throw new InputError("stagePositionInvalid", { found: showValue(to), max: ladder.stages.length - 1 },
      `A stage can move to a position from 0 to ${ladder.stages.length - 1}; found ${showValue(to)}.`);
  }
  const rates = ladder.stages.map((s) => s.rate);
  const stages = [...ladder.stages];
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved);
  return finish(stages.map((s, i) => {
    const { rate: _old, ...rest } = s;
    return rates[i] === undefined ? rest : { ...rest, rate: rates[i] };
  }));
}

/** Sets the step rate from a stage to the next one. */
export function setStageRate(ladder: Ladder, id: string, rate: number): Ladder {
  const i = indexOfStage(ladder, id);
  if (i === ladder.stages.length - 1) {
    throw new InputError("rateOnLastStage", { stage: ladder.stages[i].names["en-US"] },
      `"${ladder.stages[i].names["en-US"]}" is the last stage; it has no step rate to a next stage.`);
  }
  const stages = [...ladder.stages];
  stages[i] = { ...stages[i], rate };
  return finish(stages);
}

/** Sets a stage's typical duration in days. */
export function setStageDuration(ladder: Ladder, id: string, durationDays: number): Ladder {
  const i = indexOfStage(ladder, id);
  const stages = [...ladder.stages];
  stages[i] = { ...stages[i], durationDays };
  return finish(stages);
}
