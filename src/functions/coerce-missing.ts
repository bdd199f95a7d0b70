/**
 * True when an optional argument was left out. Excel passes an omitted argument as null or undefined;
 * an empty argument (`=TIER.ABC(A1:A9,,)`) or a reference to a blank cell arrives as "" or [[""]]/[[null]].
 */
export function isMissing(arg: unknown): boolean {
  if (arg === null || arg === undefined || arg === "") return true;
  if (!Array.isArray(arg)) return false;
  return arg.every((row) =>
    Array.isArray(row)
      ? row.every((c) => c === null || c === undefined || c === "")
      : row === null || row === undefined || row === "",
  );
}
