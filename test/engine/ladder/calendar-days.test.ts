import { dateOfDay, dayNumber, dayOfLocal, isoOfDay, localOfDay } from "../../../src/engine/ladder/calendar-days";
import { inputError } from "../support/input-error";

describe("calendar days", () => {
  it("counts UTC days from 1970-01-01 (Excel serial − 25569)", () => {
    // Python: (date(2025, 1, 6) - date(1970, 1, 1)).days = 20094; Excel: DATE(2025,1,6) = 45663 = 20094 + 25569.
    expect(dayNumber(new Date(Date.UTC(2025, 0, 6, 23, 59)))).toBe(20094);
    expect(isoOfDay(20094)).toBe("2025-01-06");
    expect(dateOfDay(20094).toISOString()).toBe("2025-01-06T00:00:00.000Z");
    expect(dayOfLocal(localOfDay(20094))).toBe(20094);
  });

  it("names the date that is not valid", () => {
    expect(inputError(() => dayNumber(new Date(NaN)))).toMatchObject({
      key: "dateInvalid",
      params: { what: "date" },
      message: "The date is not a valid date.",
    });
    expect(inputError(() => dayNumber("2025-01-06" as unknown as Date, "due date")).params).toEqual({
      what: "due date",
    });
  });
});
