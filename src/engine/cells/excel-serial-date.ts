import { InputError } from "../errors";

const MS_PER_DAY = 86_400_000;
/** Serial 0 counts from 1899-12-30 for every serial from 61 on (Excel's 1900 date system). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial 60 is 1900-02-29, a day that never existed: Excel keeps Lotus 1-2-3's leap-year bug. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
/** DATE(9999,12,31), the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** A calendar day as Excel shows it; month and day are 1-based. */
export interface SerialParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function outOfRange(serial: number): InputError {
  return new InputError(
    "date.serialOutOfRange",
    { serial },
    `${serial} is not an Excel date serial; expected a number from 1 (1900-01-01) to ${MAX_EXCEL_SERIAL} (9999-12-31).`,
  );
}

/**
 * The calendar day of an Excel serial in the 1900 date system, as Excel's YEAR/MONTH/DAY give it,
 * including the fictitious 1900-02-29 for serial 60. Any time-of-day fraction is ignored.
 * Reference: Microsoft, "Date systems in Excel" (serial 1 = 1900-01-01, DATE(1900,3,1) = 61).
 */
export function serialToParts(serial: number): SerialParts {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) throw outOfRange(serial);
  const whole = Math.floor(serial);
  if (whole === FICTITIOUS_LEAP_DAY_SERIAL) return { year: 1900, month: 2, day: 29 };
  // Before the fictitious day the serials are one lower than a true day count from 1899-12-30.
  const days = whole < FICTITIOUS_LEAP_DAY_SERIAL ? whole + 1 : whole;
  const d = new Date(EPOCH_MS + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The UTC instant of an Excel serial (1900 date system): midnight UTC of its day plus the time fraction,
 * so no local time zone can shift the day. Serial 60 (the fictitious 1900-02-29) has no real date and
 * throws, as do serials outside 1 … 2958465.
 */
export function serialToDate(serial: number): Date {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) throw outOfRange(serial);
  const whole = Math.floor(serial);
  if (whole === FICTITIOUS_LEAP_DAY_SERIAL) {
    throw new InputError(
      "date.fictitiousLeapDay",
      { serial },
      "Serial 60 is Excel's 1900-02-29, a day that does not exist; expected a real date.",
    );
  }
  const days = whole < FICTITIOUS_LEAP_DAY_SERIAL ? whole + 1 : whole;
  const timeMs = Math.round((serial - whole) * MS_PER_DAY);
  return new Date(EPOCH_MS + days * MS_PER_DAY + timeMs);
}

/**
 * Excel's serial for a year, month (1–12) and day, like DATE(year, month, day) but strict: the day must
 * exist (no rolling 2024-02-30 over into March) and lie in 1900-01-01 … 9999-12-31. 1900-02-29 gives 60,
 * as Excel does.
 */
export function serialFromParts(year: number, month: number, day: number): number {
  const invalid = () =>
    new InputError(
      "date.invalidParts",
      { year, month, day },
      `${year}-${month}-${day} is not a date Excel can hold; expected a real day from 1900-01-01 to 9999-12-31.`,
    );
  if (![year, month, day].every(Number.isInteger) || year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1)
    throw invalid();
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY_SERIAL;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw invalid();
  const days = Math.round((ms - EPOCH_MS) / MS_PER_DAY);
  return days < FICTITIOUS_LEAP_DAY_SERIAL + 1 ? days - 1 : days;
}

/**
 * The Excel serial (1900 date system) of a Date, read in UTC so the result does not depend on the
 * machine's time zone; a time of day becomes the fraction. Dates before 1900-01-01 or after
 * 9999-12-31 throw.
 */
export function dateToSerial(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) {
    throw new InputError("date.invalidDate", {}, "The date is invalid (NaN); expected a real date.");
  }
  const day = serialFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const msIntoDay = ms - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day + msIntoDay / MS_PER_DAY;
}

/** The serial of a Date's UTC calendar day, without the time fraction (a due date, a report date). */
export function dateToDaySerial(date: Date): number {
  return Math.floor(dateToSerial(date));
}
