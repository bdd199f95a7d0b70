import { round9 } from "../cells/round-product";
import type { Roster } from "./assign-roster";
import { A_CAP, KEPT, OVER_CAPACITY, type Routes } from "./assign-routes";

/** Who holds each customer so far, and each rep's hours and A accounts. */
export interface Placement {
  /** The rep of each customer, -1 while it has none. */
  readonly rep: Int32Array;
  /** KEPT for a customer its current owner keeps, else the reason it moved or was new. */
  readonly why: Uint8Array;
  readonly load: Float64Array;
  readonly aCount: Int32Array;
}

/** The customers each rep may keep, by rep, each rep's in priority order (a counting sort of `order`). */
function keptByRep(routes: Routes, order: Int32Array, reps: number): { at: Int32Array; start: Int32Array } {
  const start = new Int32Array(reps + 1);
  const keeps = (c: number) => routes.pool[c] >= 0 && routes.why[c] === KEPT;
  for (let c = 0; c < order.length; c++) if (keeps(c)) start[routes.ownerRep[c] + 1]++;
  for (let r = 0; r < reps; r++) start[r + 1] += start[r];
  const next = start.slice(0, reps);
  const at = new Int32Array(start[reps]);
  for (const c of order) if (keeps(c)) at[next[routes.ownerRep[c]]++] = c;
  return { at, start };
}

/**
 * Current owners keep their customers, except where a rep holds more than maxA A accounts (its
 * lowest-priority A accounts move off, reason "a-cap") or more hours than its capacity (its
 * lowest-priority customers move off until the rest fit, reason "over-capacity"). Loads are compared
 * rounded to 9 decimals, so 0.1 + 0.2 hours fit a capacity of 0.3.
 */
export function keepOwners(
  routes: Routes,
  roster: Roster,
  order: Int32Array,
  limits: { hours: Float64Array; maxA: number },
): Placement {
  const { hours, maxA } = limits;
  const reps = roster.names.length;
  const placement: Placement = {
    rep: new Int32Array(order.length).fill(-1),
    why: routes.why.slice(),
    load: new Float64Array(reps),
    aCount: new Int32Array(reps),
  };
  const { at, start } = keptByRep(routes, order, reps);
  const { why, isA } = { why: placement.why, isA: routes.isA };
  for (let r = 0; r < reps; r++) {
    let aCount = 0;
    let load = 0;
    for (let k = start[r]; k < start[r + 1]; k++) {
      aCount += isA[at[k]];
      load += hours[at[k]];
    }
    for (let k = start[r + 1] - 1; k >= start[r] && aCount > maxA; k--) {
      const c = at[k];
      if (isA[c] === 0) continue;
      why[c] = A_CAP;
      aCount--;
      load -= hours[c];
    }
    for (let k = start[r + 1] - 1; k >= start[r] && round9(load) > roster.capacity[r]; k--) {
      const c = at[k];
      if (why[c] !== KEPT) continue;
      why[c] = OVER_CAPACITY;
      aCount -= isA[c];
      load -= hours[c];
    }
    load = 0; // summed again: the subtractions above may have left a trace of rounding
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (why[at[k]] !== KEPT) continue;
      placement.rep[at[k]] = r;
      load += hours[at[k]];
    }
    placement.load[r] = round9(load);
    placement.aCount[r] = aCount;
  }
  return placement;
}
