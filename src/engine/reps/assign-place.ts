import { round9 } from "../cells/round-product";
import type { Placement } from "./assign-keep";
import type { Roster } from "./assign-roster";
import type { Routes } from "./assign-routes";

/** Spare capacities closer than this count as equal, so float noise does not break a tie that is by name. */
const TIE = 1e-9;

/**
 * Places every customer still without a rep, highest priority first (`order`), with the rep of its
 * pool that has the most spare hours (equal spare: the first name; an A account skips reps already at
 * maxA A accounts). When even that rep cannot fit the customer's hours, no rep of the pool can, and the
 * customer stays without one: capacity is never exceeded. A greedy balance, as even as this order allows.
 */
export function placeRest(
  routes: Routes,
  roster: Roster,
  order: Int32Array,
  limits: { hours: Float64Array; maxA: number; placement: Placement },
): void {
  const { hours, maxA, placement } = limits;
  const { rep, load, aCount } = placement;
  const capacity = roster.capacity;
  for (let k = 0; k < order.length; k++) {
    const c = order[k];
    if (rep[c] >= 0 || routes.pool[c] < 0) continue;
    const pool = routes.pools[routes.pool[c]];
    const a = routes.isA[c];
    let best = -1;
    let bestSpare = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const r = pool[i];
      if (a === 1 && aCount[r] >= maxA) continue;
      const spare = capacity[r] - load[r];
      if (spare > bestSpare + TIE) {
        best = r;
        bestSpare = spare;
      }
    }
    if (best < 0) continue;
    const after = round9(load[best] + hours[c]);
    if (after > capacity[best]) continue;
    rep[c] = best;
    load[best] = after;
    aCount[best] += a;
  }
}
