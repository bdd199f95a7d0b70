import { addMonths, addWeeks, startOfMonth, startOfWeek } from "date-fns";
import { InputError } from "../errors";
import { dateOfDay, dayNumber, dayOfLocal, isoOfDay, localOfDay } from "./calendar-days";
import { showValue } from "./checks";

/** A part of a planning period: [start, end) in UTC midnights. */
export interface Period {
  readonly start: Date;
  /** Exclusive: the day after the period's last day. */
  readonly end: Date;
  readonly days: number;
  /** "2025-01" for a month, the first day ("2025-01-06") for a week. */
  readonly label: string;
}

export type PeriodUnit = "month" | "week";

/** Weekday a week starts on: 0 Sunday … 6 Saturday (date-fns convention); Monday by default (ISO 8601). */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Splits [start, end) into calendar months or weeks (weeks start on `weekStartsOn`, Monday by default,
 * as ISO 8601), cut at both ends, so parts cover every day exactly once. Q1 2025 (Jan 1 to Apr 1) by
 * week gives 14 parts: Wed Jan 1 – Sun Jan 5 (5 days), 12 full weeks, Mon Mar 31 (1 day). Use `days`
 * as the weights of {@link allocate} to split a target in proportion to time.
 */
export function splitPeriod(start: Date, end: Date, by: PeriodUnit, weekStartsOn: WeekStart = 1): Period[] {
  const first = dayNumber(start, "period start");
  const stop = dayNumber(end, "period end");
  if (stop <= first) {
    throw new InputError(
      "periodEmpty",
      { start: isoOfDay(first), end: isoOfDay(stop) },
      `The period end (${isoOfDay(stop)}) must come after its start (${isoOfDay(first)}).`,
    );
  }
  if (by !== "month" && by !== "week") {
    throw new InputError(
      "periodUnitInvalid",
      { found: showValue(by) },
      `Split a period by "month" or "week"; found ${showValue(by)}.`,
    );
  }
  const base = by === "month" ? startOfMonth(localOfDay(first)) : startOfWeek(localOfDay(first), { weekStartsOn });
  const out: Period[] = [];
  for (let k = 0; ; k++) {
    const from = Math.max(first, dayOfLocal(by === "month" ? addMonths(base, k) : addWeeks(base, k)));
    if (from >= stop) break;
    const to = Math.min(stop, dayOfLocal(by === "month" ? addMonths(base, k + 1) : addWeeks(base, k + 1)));
    out.push({
      start: dateOfDay(from),
      end: dateOfDay(to),
      days: to - from,
      label: by === "month" ? isoOfDay(from).slice(0, 7) : isoOfDay(from),
    });
  }
  return out;
}

/** The calendar quarter q (1–4) of a year as [start, end). */
export function quarterRange(year: number, quarter: number): { start: Date; end: Date } {
  if (!Number.isInteger(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new InputError(
      "quarterInvalid",
      { year: showValue(year), quarter: showValue(quarter) },
      `A quarter is a whole year and a quarter number 1 to 4; found year ${showValue(year)}, quarter ${showValue(quarter)}.`,
    );
  }
  return { start: new Date(Date.UTC(year, (quarter - 1) * 3, 1)), end: new Date(Date.UTC(year, quarter * 3, 1)) };
}

/** A calendar quarter split into months or weeks ({@link splitPeriod}). */
export function splitQuarter(year: number, quarter: number, by: PeriodUnit, weekStartsOn: WeekStart = 1): Period[] {
  const { start, end } = quarterRange(year, quarter);
  return splitPeriod(start, end, by, weekStartsOn);
}
