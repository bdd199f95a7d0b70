import { weightedScore, type Direction } from "../engine/tiering/numeric";
import { readFactors } from "./coerce-factors";
import { isMissing } from "./coerce-missing";
import { readNumberList } from "./coerce-number-list";
import { valueError } from "./errors";
import { shapeLike } from "./shape-output";

function readDirections(arg: unknown, count: number): Direction[] {
  if (isMissing(arg)) return new Array<Direction>(count).fill(1);
  const d = readNumberList(arg, "directions");
  if (d.length !== count)
    throw valueError(`directions: ${d.length} given for ${count} factors; give 1 or -1 per factor.`);
  return d.map((x, i) => {
    if (x !== 1 && x !== -1)
      throw valueError(`directions: item ${i + 1} is ${x}; expected 1 (higher is better) or -1 (lower is better).`);
    return x;
  });
}

/**
 * TIER.SCORE: 0–100 weighted mid-rank score per customer (engine weightedScore); "" for a customer
 * missing a number in any factor.
 */
export function scoreSpill(factors: unknown, weights: unknown, directions: unknown): (number | string)[][] {
  const w = readNumberList(weights, "weights");
  w.forEach((x, i) => {
    if (x < 0) throw valueError(`weights: weight ${i + 1} is ${x}; weights cannot be negative.`);
  });
  if (!w.some((x) => x > 0)) throw valueError(`weights: all ${w.length} weights are 0; at least one must be above 0.`);
  const f = readFactors(factors, w.length);
  const d = readDirections(directions, w.length);
  const scores = weightedScore(f.factors, w, d);
  if (scores.every((s) => Number.isNaN(s))) throw valueError("factors: no customer has a number in every factor.");
  return shapeLike(
    Array.from(scores, (s) => (Number.isNaN(s) ? "" : s)),
    f.orientation,
  );
}
