/**
 * A column width as the file stores it, from the width Office.js sets in points (Range.format.columnWidth,
 * "the width of all columns within the range", in points:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 * ECMA-376 Part 1 §18.3.1.13 (col, width): width = Truncate([characters × max digit width + 5 px padding] /
 * max digit width × 256) / 256, and the displayed width in pixels is characters × max digit width + 5, so
 * width = Truncate(pixels / max digit width × 256) / 256. The default font (Calibri 11) has a maximum digit
 * width of 7 pixels at 96 pixels per inch (72 points): Excel's default column, 8.43 characters = 64 px = 48 pt,
 * is stored as 9.140625.
 */
const MAX_DIGIT_WIDTH_PX = 7;
const PX_PER_POINT = 96 / 72;

export function fileColumnWidth(points: number): number {
  if (!Number.isFinite(points) || points < 0)
    throw new Error(`A column width of ${points} points cannot be saved: a width is a number of points, 0 or more.`);
  return Math.trunc(((points * PX_PER_POINT) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

/**
 * The width in points a file's column width shows as: §18.3.1.13's conversion of the stored width to pixels
 * at run time, pixels = Truncate(((256 × width + Truncate(128 / max digit width)) / 256) × max digit width),
 * as points. Excel's default column (9.140625) is 64 px = 48 pt, and fileColumnWidth gives back the stored
 * width of any column a whole number of pixels wide.
 */
export function pointsOfFileWidth(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
  return px / PX_PER_POINT;
}
