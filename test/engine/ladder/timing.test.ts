import { latestStartDates } from "../../../src/engine/ladder/latest-start-dates";
import { splitPeriod, splitQuarter, quarterRange } from "../../../src/engine/ladder/split-period";
import { isoOfDay } from "../../../src/engine/ladder/calendar-days";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { inputError } from "../support/input-error";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("latestStartDates", () => {
  it("counts stage durations back from the close-by date", () => {
    // Durations 7/7/14/14/14/7 from 2025-03-31: signed 03-24, negotiation 03-10, proposal 02-24 (Feb has 28 days),
    // needs 02-10, contact 02-03, lead 01-27 (hand calculation on a calendar).
    const starts = latestStartDates(defaultLadder(), utc(2025, 3, 31));
    expect(starts.map((s) => isoOfDay(s.day))).toEqual([
      "2025-01-27",
      "2025-02-03",
      "2025-02-10",
      "2025-02-24",
      "2025-03-10",
      "2025-03-24",
    ]);
    expect(starts[0].startBy.toISOString()).toBe("2025-01-27T00:00:00.000Z");
  });

  it("refuses an invalid close-by date", () => {
    expect(() => latestStartDates(defaultLadder(), new Date("nope"))).toThrow(/close-by date is not a valid date/);
  });
});

describe("splitPeriod and splitQuarter", () => {
  it("splits a quarter into its calendar months", () => {
    const months = splitQuarter(2024, 1, "month");
    // 2024 is a leap year: 31 + 29 + 31 = 91 days.
    expect(months.map((p) => [p.label, p.days])).toEqual([
      ["2024-01", 31],
      ["2024-02", 29],
      ["2024-03", 31],
    ]);
    expect(months[2].end.toISOString()).toBe("2024-04-01T00:00:00.000Z");
  });

  it("splits a quarter into Monday weeks, cut at both ends so every day is covered once", () => {
    // 2025-01-01 is a Wednesday: Wed–Sun (5 days), 12 full weeks from Mon 01-06, then Mon 03-31 alone (1 day): 90 days.
    const weeks = splitQuarter(2025, 1, "week");
    expect(weeks).toHaveLength(14);
    expect(weeks.map((p) => p.days)).toEqual([5, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 1]);
    expect(weeks[1].label).toBe("2025-01-06");
  });

  it("can start weeks on Sunday", () => {
    // Sunday weeks: Wed 01-01 – Sat 01-04 (4 days), then from Sun 01-05.
    expect(splitPeriod(utc(2025, 1, 1), utc(2025, 1, 15), "week", 0).map((p) => p.days)).toEqual([4, 7, 3]);
  });

  it("refuses an empty period and a quarter outside 1–4", () => {
    expect(() => splitPeriod(utc(2025, 2, 1), utc(2025, 1, 1), "month")).toThrow(
      /end \(2025-01-01\) must come after its start \(2025-02-01\)/,
    );
    expect(() => quarterRange(2025, 5)).toThrow(/quarter number 1 to 4; found year 2025, quarter 5/);
  });
});

describe("splitPeriod and quarterRange: edges and what they refuse", () => {
  it("cuts the first month at a start in the middle of a week and of a month", () => {
    // Wed 2025-01-15 to Mon 2025-03-10: Jan 15–31 (17 days), February (28), Mar 1–9 (9).
    expect(splitPeriod(utc(2025, 1, 15), utc(2025, 3, 10), "month").map((p) => [p.label, p.days])).toEqual([
      ["2025-01", 17],
      ["2025-02", 28],
      ["2025-03", 9],
    ]);
  });

  it("gives each quarter its three months, the 4th ending on the next New Year", () => {
    expect(quarterRange(2025, 2)).toEqual({ start: utc(2025, 4, 1), end: utc(2025, 7, 1) });
    expect(quarterRange(2025, 4)).toEqual({ start: utc(2025, 10, 1), end: utc(2026, 1, 1) });
  });

  it("refuses a period of no days, an unknown unit, an invalid date and a quarter that is not 1–4 of a whole year", () => {
    expect(inputError(() => splitPeriod(utc(2025, 2, 1), utc(2025, 2, 1), "week"))).toMatchObject({
      key: "periodEmpty",
      params: { start: "2025-02-01", end: "2025-02-01" },
    });
    expect(inputError(() => splitPeriod(utc(2025, 1, 1), utc(2025, 2, 1), "day" as never))).toMatchObject({
      key: "periodUnitInvalid",
      params: { found: '"day"' },
      message: 'Split a period by "month" or "week"; found "day".',
    });
    expect(inputError(() => splitPeriod(new Date(NaN), utc(2025, 2, 1), "week")).params).toEqual({
      what: "period start",
    });
    expect(inputError(() => splitPeriod(utc(2025, 1, 1), new Date(NaN), "week")).params).toEqual({
      what: "period end",
    });
    for (const [year, quarter] of [
      [2025, 0],
      [2025, 1.5],
      [2025.5, 1],
      [2025, 5],
    ]) {
      expect(inputError(() => quarterRange(year, quarter))).toMatchObject({
        key: "quarterInvalid",
        params: { year: String(year), quarter: String(quarter) },
      });
    }
  });
});
