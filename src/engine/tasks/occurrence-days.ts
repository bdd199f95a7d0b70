import { addMonths, isWeekend } from "date-fns";
import { InputError } from "../errors";
import { dayOfLocal, localOfDay } from "../ladder/calendar-days";
import type { Cadence } from "./types";

/**
 * Due days (UTC day numbers) of one template over the horizon [startDay, startDay + 7·weeks):
 * - once: the start day;
 * - daily: every working day, Monday to Friday;
 * - weekly: the start day, then every 7 days (same weekday as the start);
 * - monthly: the start's day of month in each month, clamped to the month's end (Jan 31 → Feb 28),
 *   always counted from the start (Jan 31 → Feb 28 → Mar 31, not Mar 28), as Excel's EDATE;
 * - quarterly: as monthly, every 3 months.
 * Every day returned lies inside the horizon.
 */
export function occurrenceDays(cadence: Cadence, startDay: number, weeks: number): Int32Array {
  if (!Number.isInteger(weeks) || weeks <= 0) {
    throw new InputError("weeksInvalid", { found: String(weeks) }, `The number of weeks must be a whole number of 1 or more; found ${weeks}.`);
  }
  const end = startDay + 7 * weeks;
  const out: number[] = [];
  switch (cadence) {
    case "once":
      out.push(startDay);
      break;
    case "weekly":
      for (let d = startDay; d < end; d += 7) out.push(d);
      break;
    case "daily":
      for (let d = startDay; d < end; d++) if (!isWeekend(localOfDay(d))) out.push(d);
      break;
    case "monthly":
    case "quarterly": {
      const step = cadence === "monthly" ? 1 : 3;
      const start = localOfDay(startDay);
      for (let k = 0; ; k += step) {
        const d = dayOfLocal(addMonths(start, k));
        if (d >= end) break;
        out.push(d);
      }
      break;
    }
    default:
      throw new InputError("taskCadenceInvalid", { found: String(cadence) },
        `The cadence must be daily, weekly, monthly, quarterly or once; found ${JSON.stringify(cadence)}.`);
  }
  return Int32Array.from(out);
}
