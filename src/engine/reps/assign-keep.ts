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

interface Trim {
  readonly hours: Float64Array;
  readonly isA: Uint8Array;
  readonly why: Uint8Array;
  readonly maxA: number;
}

/**
 * Marks which of one rep's customers (`mine`, highest priority first) move off: from the end, A accounts
 * beyond maxA ("a-cap"), then customers until the rest fit the capacity ("over-capacity").
 */
function trim(mine: Int32Array, capacity: number, { hours, isA, why, maxA }: Trim): void {
  let aCount = 0;
  let load = 0;
  for (const c of mine) {
    aCount += isA[c];
    load += hours[c];
  }
  for (let k = mine.length - 1; k >= 0 && aCount > maxA; k--) {
    const c = mine[k];
    if (isA[c] === 0) continue;
    why[c] = A_CAP;
    aCount--;
    load -= hours[c];
  }
  for (let k = mine.length - 1; k >= 0 && round9(load) > capacity; k--) {
    const c = mine[k];
    if (why[c] !== KEPT) continue;
    why[c] = OVER_CAPACITY;
    load -= hours[c];
  }
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
  const { rep, why, load, aCount }: Placement = {
    rep: new Int32Array(order.length).fill(-1),
    why: routes.why.slice(),
    load: new Float64Array(reps),
    aCount: new Int32Array(reps),
  };
  const { at, start } = keptByRep(routes, order, reps);
  for (let r = 0; r < reps; r++) {
    const mine = at.subarray(start[r], start[r + 1]);
    trim(mine, roster.capacity[r], { hours, isA: routes.isA, why, maxA });
    // Summed afresh (not from trim's subtractions), so no trace of rounding is left in the load.
    let sum = 0;
    for (const c of mine) {
      if (why[c] !== KEPT) continue;
      rep[c] = r;
      sum += hours[c];
      aCount[r] += routes.isA[c];
    }
    load[r] = round9(sum);
  }
  return { rep, why, load, aCount };
}
