import fc from "fast-check";
import { InputError } from "../../../src/engine/errors";
import {
  dateToSerial,
  serialFromParts,
  serialToDate,
  serialToParts,
} from "../../../src/engine/cells/excel-serial-date";
import { inputError } from "../support/input-error";

// Expected serials are Excel's own DATE() results (1900 date system, Excel for Windows / Excel on the web):
// DATE(1900,1,1)=1, DATE(1900,2,28)=59, DATE(1900,3,1)=61, DATE(1970,1,1)=25569, DATE(1999,12,31)=36525,
// DATE(2000,2,29)=36585, DATE(2024,1,1)=45292, DATE(2024,2,29)=45351, DATE(2024,12,31)=45657,
// DATE(9999,12,31)=2958465; TEXT(60,"yyyy-mm-dd") shows the fictitious "1900-02-29".
const EXCEL_DATES: [number, number, number, number][] = [
  [1900, 1, 1, 1],
  [1900, 2, 28, 59],
  [1900, 3, 1, 61],
  [1970, 1, 1, 25569],
  [1999, 12, 31, 36525],
  [2000, 2, 29, 36585],
  [2024, 1, 1, 45292],
  [2024, 2, 29, 45351],
  [2024, 12, 31, 45657],
  [9999, 12, 31, 2958465],
];

describe("Excel serial dates (1900 date system)", () => {
  test.each(EXCEL_DATES)("gives DATE(%i,%i,%i) = %i as Excel does", (y, m, d, serial) => {
    expect(serialFromParts(y, m, d)).toBe(serial);
    expect(serialToParts(serial)).toEqual({ year: y, month: m, day: d });
    const date = serialToDate(serial);
    expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours()]).toEqual([
      y,
      m,
      d,
      0,
    ]);
    expect(dateToSerial(new Date(Date.UTC(y, m - 1, d)))).toBe(serial);
  });

  test("keeps Excel's fictitious 1900-02-29 as serial 60", () => {
    expect(serialFromParts(1900, 2, 29)).toBe(60);
    expect(serialToParts(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });

  test("refuses to turn serial 60 into a JavaScript Date, because that day never existed", () => {
    expect(() => serialToDate(60)).toThrow(InputError);
    expect(() => serialToDate(60)).toThrow(/1900-02-29/);
  });

  test("reads a time fraction as UTC time of day: 45292.75 is 2024-01-01 18:00 UTC", () => {
    // 0.75 of a day = 18 h (Excel shows 45292.75 as 2024-01-01 18:00).
    expect(serialToDate(45292.75).toISOString()).toBe("2024-01-01T18:00:00.000Z");
    expect(dateToSerial(new Date("2024-01-01T18:00:00Z"))).toBe(45292.75);
  });

  test("does not depend on the machine's time zone: a UTC midnight stays on its day", () => {
    expect(dateToSerial(new Date("2024-03-05T00:00:00Z"))).toBe(45356); // DATE(2024,3,5) = 45292+31+29+4
  });

  test("rejects days that do not exist and serials outside Excel's range, with the value in the message", () => {
    expect(() => serialFromParts(2023, 2, 29)).toThrow(/2023-2-29 is not a date/);
    expect(() => serialFromParts(2024, 13, 1)).toThrow(InputError);
    expect(() => serialFromParts(1899, 12, 31)).toThrow(InputError);
    expect(() => serialToDate(0)).toThrow(/0 is not an Excel date serial/);
    expect(() => serialToDate(2958466)).toThrow(InputError);
    expect(() => serialToParts(Number.NaN)).toThrow(InputError);
    expect(() => dateToSerial(new Date(Number.NaN))).toThrow(InputError);
    expect(() => dateToSerial(new Date(Date.UTC(1899, 11, 31)))).toThrow(InputError);
  });

  test("round-trips every day from 1900-03-01 to 2100-12-31", () => {
    for (let s = 61; s <= 73415; s++) expect(dateToSerial(serialToDate(s))).toBe(s); // DATE(2100,12,31)=73415
  });
});

describe("Excel serial dates: properties (fast-check)", () => {
  test("dateToSerial and serialToDate invert each other for any instant from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
        (d) => {
          const back = serialToDate(dateToSerial(d));
          // Times survive to the millisecond after the round trip through a fraction of a day.
          expect(Math.abs(back.getTime() - d.getTime())).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  test("consecutive days have consecutive serials, except across Excel's fictitious 1900-02-29", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (s) => {
        const next = new Date(serialToDate(s).getTime() + 86_400_000);
        expect(dateToSerial(next)).toBe(s + 1);
      }),
    );
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1))) - dateToSerial(new Date(Date.UTC(1900, 1, 28)))).toBe(2);
  });
});

describe("Excel serial dates: what they refuse, by catalog key and params", () => {
  test("serials outside 1 … 2958465, and serial 60 as a JavaScript Date", () => {
    expect(inputError(() => serialToParts(0.5))).toMatchObject({
      key: "date.serialOutOfRange",
      params: { serial: 0.5 },
    });
    expect(inputError(() => serialToParts(2958466))).toMatchObject({
      key: "date.serialOutOfRange",
      params: { serial: 2958466 },
    });
    expect(serialToParts(2958465.9)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(inputError(() => serialToDate(60))).toMatchObject({ key: "date.fictitiousLeapDay", params: { serial: 60 } });
  });

  test("parts that are not a day Excel holds, naming them", () => {
    expect(inputError(() => serialFromParts(2024, 4, 31))).toMatchObject({
      key: "date.invalidParts",
      params: { year: 2024, month: 4, day: 31 },
    });
    expect(inputError(() => serialFromParts(2024.5, 1, 1)).key).toBe("date.invalidParts");
    expect(inputError(() => serialFromParts(1899, 12, 31)).params).toEqual({ year: 1899, month: 12, day: 31 });
    expect(inputError(() => serialFromParts(10000, 1, 1)).key).toBe("date.invalidParts");
    expect(serialFromParts(9999, 12, 31)).toBe(2958465);
    expect(inputError(() => dateToSerial(new Date(NaN)))).toMatchObject({ key: "date.invalidDate", params: {} });
  });
});
