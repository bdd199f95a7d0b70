import { addMonths, isWeekend } from "date-fns";
import { InputError } from "../errors";
import { dayOfLocal, localOfDay } from "../ladder/calendar-days";
import type { Cadence } from "./types";

/** The longest horizon tasks are planned for: 5 years of weeks (a task plan, not a calendar for ever). */
export const MAX_WEEKS = 260;

/** Checks a horizon in weeks: a whole number from 1 to {@link MAX_WEEKS}. */
export function checkWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks <= 0) {
    throw new InputError(
      "weeksInvalid",
      { found: String(weeks) },
      `The number of weeks must be a whole number of 1 or more; found ${weeks}.`,
    );
  }
  if (weeks > MAX_WEEKS) {
    throw new InputError(
      "weeksTooMany",
      { found: weeks, max: MAX_WEEKS },
      `Tasks are planned for at most ${MAX_WEEKS} weeks (5 years); found ${weeks}.`,
    );
  }
}

const workingDaysIn = (from: number, to: number): Int32Array => {
  const out: number[] = [];
  for (let d = from; d < to; d++) if (!isWeekend(localOfDay(d))) out.push(d);
  return Int32Array.from(out);
};

/**
 * The periods of a cadence over the horizon [startDay, startDay + 7·weeks), each as its working days
 * (Monday to Friday, UTC day numbers, ascending):
 * - daily: each working day of the horizon is a period of its own;
 * - weekly: the 7-day weeks from the start;
 * - monthly: [EDATE(start, m), EDATE(start, m + 1)) for every m whose period starts inside the horizon,
 *   whole (a last period may run past the horizon's end); months are counted from the start and
 *   clamped to the month's end as Excel's EDATE (Jan 31 → Feb 28 → Mar 31);
 * - quarterly: as monthly, 3 months each;
 * - once: the first month from the start, cut at the horizon's end.
 */
export function periodWorkingDays(cadence: Cadence, startDay: number, weeks: number): Int32Array[] {
  checkWeeks(weeks);
  const end = startDay + 7 * weeks;
  const monthStart = (k: number) => dayOfLocal(addMonths(localOfDay(startDay), k));
  const periods: Int32Array[] = [];
  switch (cadence) {
    case "daily":
      for (const d of workingDaysIn(startDay, end)) periods.push(Int32Array.of(d));
      break;
    case "weekly":
      for (let d = startDay; d < end; d += 7) periods.push(workingDaysIn(d, d + 7));
      break;
    case "monthly":
    case "quarterly": {
      const step = cadence === "monthly" ? 1 : 3;
      for (let k = 0; monthStart(k) < end; k += step) periods.push(workingDaysIn(monthStart(k), monthStart(k + step)));
      break;
    }
    case "once":
      periods.push(workingDaysIn(startDay, Math.min(monthStart(1), end)));
      break;
    default:
      throw new InputError(
        "taskCadenceInvalid",
        { found: String(cadence) },
        `The cadence must be daily, weekly, monthly, quarterly or once; found ${JSON.stringify(cadence)}.`,
      );
  }
  return periods;
}

/**
 * The day of a period for customer `slot` of `of` customers sharing it: the working day at position
 * ⌊slot · D / of⌋ of the period's D working days. Customers are staggered evenly, so any run of
 * consecutive working days (a week) gets within one task of its even share.
 */
export function slotDay(period: Int32Array, slot: number, of: number): number {
  return period[Math.floor((slot * period.length) / of)];
}

/**
 * Due days of one template for customer `slot` of `of` (0 of 1 by default: the first working day
 * of each period), one per period of {@link periodWorkingDays}, kept when inside the horizon: a
 * customer staggered past the horizon's end gets that occurrence in the next plan. Every day
 * returned is a working day inside its period and inside the horizon.
 */
export function occurrenceDays(
  cadence: Cadence,
  startDay: number,
  weeks: number,
  share: { slot: number; of: number } = { slot: 0, of: 1 },
): Int32Array {
  const { slot, of } = share;
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(slot) || slot < 0 || slot >= of) {
    throw new InputError(
      "taskSlotInvalid",
      { slot: String(slot), of: String(of) },
      `The customer's slot must be a whole number from 0 to ${of - 1}; found ${slot}.`,
    );
  }
  const end = startDay + 7 * weeks;
  const out: number[] = [];
  for (const p of periodWorkingDays(cadence, startDay, weeks)) {
    const d = slotDay(p, slot, of);
    if (d < end) out.push(d);
  }
  return Int32Array.from(out);
}
