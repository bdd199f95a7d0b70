import { InputError } from "../errors";

/**
 * Calendar dates as whole UTC day numbers (days since 1970-01-01; Excel serial = day + 25569).
 * The engine treats every Date by its UTC calendar date and returns UTC midnights, so results do not
 * depend on the machine's time zone. date-fns works in local time, so calendar arithmetic goes
 * through {@link localOfDay} / {@link dayOfLocal}: a local midnight with the same Y-M-D, where
 * adding days or months cannot be shifted by a daylight-saving change.
 */
export const MS_PER_DAY = 86_400_000;

/** The UTC calendar day of a Date; InputError for an invalid Date. */
export function dayNumber(date: Date, what = "date"): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new InputError("dateInvalid", { what }, `The ${what} is not a valid date.`);
  }
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** UTC midnight of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Local midnight with the same calendar date as the day number, for date-fns. */
export function localOfDay(day: number): Date {
  const d = dateOfDay(day);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** The day number of a local date's calendar date (inverse of {@link localOfDay}). */
export function dayOfLocal(local: Date): number {
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / MS_PER_DAY;
}

/** ISO date text of a day number: "2025-01-31". */
export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}
