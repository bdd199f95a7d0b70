import { occurrenceDays } from "../../../src/engine/tasks/occurrence-days";
import { dayNumber, isoOfDay } from "../../../src/engine/ladder/calendar-days";
import { inputError } from "../support/input-error";
import { periodWorkingDays } from "../../../src/engine/tasks/occurrence-days";

const day = (iso: string) => dayNumber(new Date(`${iso}T00:00:00Z`));
const isos = (days: Int32Array) => Array.from(days, isoOfDay);

describe("occurrenceDays", () => {
  const monday = day("2025-01-06"); // 13 weeks: [2025-01-06, 2025-04-07)

  it("puts weekly tasks on the start weekday, 13 times in 13 weeks", () => {
    const d = occurrenceDays("weekly", monday, 13);
    expect(d).toHaveLength(13);
    expect(isos(d).slice(0, 2)).toEqual(["2025-01-06", "2025-01-13"]);
    expect(isoOfDay(d[12])).toBe("2025-03-31");
  });

  it("starts monthly periods on the same day of the month and quarterly ones every 3 months, on working days", () => {
    // The 4th month starts on Sunday 2025-04-06; its first working day, Monday 04-07, is past the horizon.
    expect(isos(occurrenceDays("monthly", monday, 13))).toEqual(["2025-01-06", "2025-02-06", "2025-03-06"]);
    expect(isos(occurrenceDays("quarterly", monday, 13))).toEqual(["2025-01-06"]);
    expect(isos(occurrenceDays("quarterly", monday, 14))).toEqual(["2025-01-06", "2025-04-07"]);
  });

  it("staggers customers across the working days of each period", () => {
    // January period 2025-01-06 … 02-05 has 23 working days; customer 1 of 2 gets position ⌊1 · 23 / 2⌋ = 11:
    // working days from Mon 6 Jan: 6–10, 13–17, 20–24 → the 12th (index 11) is Tue 21 Jan.
    expect(isos(occurrenceDays("monthly", monday, 4, { slot: 1, of: 2 }))).toEqual(["2025-01-21"]);
    // Weekly: 5 working days, customer 3 of 5 → Thursday.
    expect(isos(occurrenceDays("weekly", monday, 2, { slot: 3, of: 5 }))).toEqual(["2025-01-09", "2025-01-16"]);
  });

  it("clamps the day of month to the month's end and counts each month from the start, as Excel's EDATE", () => {
    // Excel: EDATE(2025-01-31, 1) = 2025-02-28, EDATE(2025-01-31, 2) = 2025-03-31, EDATE(2024-01-31, 1) = 2024-02-29.
    expect(isos(occurrenceDays("monthly", day("2025-01-31"), 13))).toEqual([
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
      "2025-04-30",
    ]);
    expect(isos(occurrenceDays("monthly", day("2024-01-31"), 5))).toEqual(["2024-01-31", "2024-02-29"]);
  });

  it("puts daily tasks on working days only, Monday to Friday", () => {
    // 2025-01-04 is a Saturday; the week to 2025-01-10 has working days 6–10.
    expect(isos(occurrenceDays("daily", day("2025-01-04"), 1))).toEqual([
      "2025-01-06",
      "2025-01-07",
      "2025-01-08",
      "2025-01-09",
      "2025-01-10",
    ]);
    // 13 weeks hold 13 × 5 = 65 working days.
    expect(occurrenceDays("daily", monday, 13)).toHaveLength(65);
  });

  it("puts a one-off task on the start day", () => {
    expect(isos(occurrenceDays("once", monday, 4))).toEqual(["2025-01-06"]);
  });

  it.each([[0], [-2], [1.5]])("refuses %p weeks", (weeks) => {
    expect(() => occurrenceDays("weekly", monday, weeks)).toThrow(
      /number of weeks must be a whole number of 1 or more/,
    );
  });

  it.each([[261], [1_000_000], [100_000_000]])("refuses %p weeks: at most 260 (5 years)", (weeks) => {
    expect(() => occurrenceDays("daily", monday, weeks)).toThrow(/at most 260 weeks \(5 years\); found/);
  });
});

describe("occurrenceDays and periodWorkingDays: what they refuse, by catalog key and params", () => {
  const monday = day("2025-01-06");

  it("names the weeks found, and the limit", () => {
    expect(inputError(() => occurrenceDays("weekly", monday, 0))).toMatchObject({
      key: "weeksInvalid",
      params: { found: "0" },
    });
    expect(inputError(() => occurrenceDays("weekly", monday, 261))).toMatchObject({
      key: "weeksTooMany",
      params: { found: 261, max: 260 },
    });
    // 260 weeks (5 years) is allowed: 260 Mondays.
    expect(occurrenceDays("weekly", monday, 260)).toHaveLength(260);
  });

  it("names an unknown cadence", () => {
    expect(inputError(() => periodWorkingDays("hourly" as never, monday, 1))).toMatchObject({
      key: "taskCadenceInvalid",
      params: { found: "hourly" },
    });
  });

  it.each<[number, number]>([
    [2, 2],
    [-1, 2],
    [0.5, 2],
    [0, 0],
    [0, 1.5],
  ])("refuses customer slot %p of %p", (slot, of) => {
    expect(inputError(() => occurrenceDays("weekly", monday, 1, { slot, of }))).toMatchObject({
      key: "taskSlotInvalid",
      params: { slot: String(slot), of: String(of) },
    });
  });

  it("takes the last slot of a group", () => {
    // Customer 4 of 5 in a Monday week: position ⌊4 · 5 / 5⌋ = 4 → Friday 2025-01-10.
    expect(isos(occurrenceDays("weekly", monday, 1, { slot: 4, of: 5 }))).toEqual(["2025-01-10"]);
  });
});
