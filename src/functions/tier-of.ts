import { parseNumber, type CellValue } from "../engine/cells";
import { readLabels } from "./coerce-labels";
import { isMissing } from "./coerce-missing";
import { readVector } from "./coerce-vector";
import { ContentCache } from "./content-cache";
import { valueError } from "./errors";
import { prepareTierLookup, TIER_OF_METHODS, type TierLookup, type TierOfMethod } from "./tier-of-prepare";

/**
 * Prepared lookups shared by every TIER.OF cell. A few entries cover a sheet with several copied-down
 * TIER.OF columns (other methods or other ranges) without holding on to many large arrays.
 */
export const tierOfCache = new ContentCache<TierLookup>(4);

let scratch: Float64Array = new Float64Array(0);

function readMethod(arg: unknown): TierOfMethod {
  if (isMissing(arg)) return "abc";
  const name = String(Array.isArray(arg) ? arg.flat()[0] : arg)
    .trim()
    .toLowerCase();
  if ((TIER_OF_METHODS as readonly string[]).includes(name)) return name as TierOfMethod;
  throw valueError(
    `method: ${JSON.stringify(String(arg))} is not one of ${TIER_OF_METHODS.map((m) => `"${m}"`).join(", ")}.`,
  );
}

/**
 * TIER.OF: the tier of one value within values. Copied down next to its data, every cell passes the
 * same values; the prepared lookup (sort and cut-offs) is found in `cache` by content, so one sort
 * serves the whole column. Pass `cache` = null to prepare on every call (the benchmark's baseline).
 * A value that is not a number gets "".
 */
// eslint-disable-next-line max-params -- TIER.OF's four worksheet arguments in Excel's order, plus the cache the benchmark turns off: a measured per-cell path (bench/functions.bench.ts)
export function tierOfCell(
  value: unknown,
  values: unknown,
  method: unknown,
  labels: unknown,
  cache: ContentCache<TierLookup> | null = tierOfCache,
): string {
  const m = readMethod(method);
  const l = readLabels(labels, "labels", 3);
  // Compare with the last values prepared for this method while reading: a copied-down column then
  // costs one pass over its range per cell, with no hash and no second pass.
  // The values are read into a reused scratch array: allocating 80 KB per cell for 10,000 cells
  // costs more in allocation and GC than the pass itself. The cache keeps its own copy on a miss.
  const expected = cache?.recentValues(m);
  const v = readVector(values, "values", { expected, scratch: cache ? scratch : undefined });
  // On a repeat, v.values is the cache's own copy (read-only): never adopt it as scratch.
  if (cache && v.values !== expected) scratch = v.values;
  let x = value;
  while (Array.isArray(x) && x.length === 1) x = x[0];
  if (Array.isArray(x)) throw valueError("value: expected a single cell, found a range; TIER.OF returns one tier.");
  const number = parseNumber(x as CellValue);
  if (Number.isNaN(number)) return "";
  const lookup = cache
    ? cache.get(m, v.values, (vals) => prepareTierLookup(m, vals), v.equalsExpected ? expected : undefined)
    : prepareTierLookup(m, v.values);
  return l[lookup(number)];
}
