import { NO_TIER, type TierIndexes } from "../engine/tiering/numeric";
import type { Orientation } from "./coerce-cells";

/**
 * Tier indexes as Excel spills them (a column in gives a column out, a row in a row out): each tier's
 * label, "" for a row without a tier. In a column every row holding the same label is the same
 * one-cell array, made once per label: a million rows then cost a million pointer writes instead of a
 * million small arrays (and the garbage collection after them). Excel only reads the result: the
 * runtime keeps the returned array as the invocation's value and sends the batch as JSON
 * (@microsoft/office-js custom-functions-runtime.js, CustomFunctionProxy._setResultWithOutboundData
 * and _executeSetResultsTask), and a spill is any two-dimensional array of values
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays). Callers
 * must not change the rows of the result in place.
 */
export function spillTierLabels(tiers: TierIndexes, labels: readonly string[], orientation: Orientation): string[][] {
  const n = tiers.length;
  if (orientation === "row") {
    const row = new Array<string>(n);
    for (let i = 0; i < n; i++) row[i] = tiers[i] === NO_TIER ? "" : labels[tiers[i]];
    return [row];
  }
  const cells = labels.map((label) => [label]);
  const blank = [""];
  const out = new Array<string[]>(n);
  for (let i = 0; i < n; i++) out[i] = tiers[i] === NO_TIER ? blank : cells[tiers[i]];
  return out;
}
