import { subDays } from "date-fns";
import { dateOfDay, dayNumber, dayOfLocal, localOfDay } from "./calendar-days";
import { validateLadder } from "./validate-ladder";
import type { Ladder } from "./types";

/** A stage with the last date its work can start. */
export interface StageStart {
  readonly id: string;
  /** UTC midnight. */
  readonly startBy: Date;
  readonly day: number;
}

/**
 * Backward scheduling (as in critical-path planning): for deals to close by `closeBy`, the work of
 * stage i must start by closeBy − Σ_{j ≥ i} durationⱼ days (the last stage's own duration included:
 * signing and implementation take time too). With the seed ladder (7, 7, 14, 14, 14, 7 days) and
 * close-by 2025-03-31: 2025-01-27, 02-03, 02-10, 02-24, 03-10, 03-24.
 */
export function latestStartDates(ladder: Ladder, closeBy: Date): StageStart[] {
  validateLadder(ladder);
  const close = dayNumber(closeBy, "close-by date");
  const out = new Array<StageStart>(ladder.stages.length);
  let local = localOfDay(close);
  for (let i = ladder.stages.length - 1; i >= 0; i--) {
    local = subDays(local, ladder.stages[i].durationDays);
    const day = dayOfLocal(local);
    out[i] = { id: ladder.stages[i].id, startBy: dateOfDay(day), day };
  }
  return out;
}
