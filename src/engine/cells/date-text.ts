import { serialFromParts } from "./excel-serial-date";

// Year first only: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, with an optional ISO-style time.
// Day-first and month-first text (3/5/2024) is ambiguous between locales, so it is not read as a date.
const DATE_TEXT =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/;

/**
 * The Excel serial of a year-first date text ("2024-03-05", "2024/3/5", "2024年3月5日",
 * "2024-03-05T10:30:00"), with the time as a fraction of the day; NaN when the text is not such a date
 * or names a day that does not exist ("2024-02-30"). A trailing "Z" is accepted; other offsets are not.
 */
export function parseDateText(text: string): number {
  const trimmed = text.trim();
  const c = trimmed.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return NaN; // cheap exit for names and labels
  const m = DATE_TEXT.exec(trimmed);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  let serial: number;
  try {
    serial = serialFromParts(year, month, day);
  } catch {
    return NaN;
  }
  if (m[7] === undefined) return serial;
  const h = Number(m[7]);
  const min = Number(m[8]);
  const s = m[9] === undefined ? 0 : Number(m[9]);
  if (h > 23 || min > 59 || s > 59) return NaN;
  return serial + (h * 3600 + min * 60 + s) / 86400;
}
