import type { Roster } from "./assign-roster";
import type { AssignCustomer, AssignReason, UnassignedReason } from "./assign-types";

/** Reason codes, indexes into REASONS: why a customer is not kept by its current owner (KEPT: it may be). */
export const KEPT = 0;
export const NEW = 1;
export const OVER_CAPACITY = 2;
export const A_TO_DEDICATED = 3;
export const REGION = 4;
export const OWNER_UNKNOWN = 5;
export const A_CAP = 6;
export const REASONS: readonly AssignReason[] = [
  "kept",
  "new",
  "over-capacity",
  "a-to-dedicated",
  "region",
  "owner-unknown",
  "a-cap",
];

/** Codes of `Routes.blocked`, indexes into UNASSIGNED (0 = some rep may take the customer). */
export const NO_REP_IN_REGION = 1;
export const NO_DEDICATED_REP = 2;
export const UNASSIGNED: readonly UnassignedReason[] = ["no-capacity", "no-rep-in-region", "no-dedicated-rep"];

/** Which reps may take each customer, and whether its current owner may keep it. */
export interface Routes {
  /** The pool of reps that may take each customer, or -1 when none may (then `blocked` says why). */
  readonly pool: Int32Array;
  /** The reps of each pool, in name order (so ties on spare capacity go to the first name). */
  readonly pools: readonly Int32Array[];
  readonly blocked: Uint8Array;
  /** 1 for an A account (tier below topTiers). */
  readonly isA: Uint8Array;
  /** The rep that owns each customer now, or -1 (no owner, or an owner who is not a rep). */
  readonly ownerRep: Int32Array;
  /** KEPT when the current owner may keep the customer, else the reason it must move. */
  readonly why: Uint8Array;
}

/** Reps in name order (code-unit order: the same on every machine), as pools list them. */
function byName(roster: Roster): number[] {
  return roster.names.map((_, r) => r).sort((a, b) => (roster.names[a] < roster.names[b] ? -1 : 1));
}

/** A customer of region `g` ("" = none) may go to a rep of that region; an A account needing one, to a dedicated rep. */
function pooler(roster: Roster): { id(g: string, dedicatedOnly: boolean): number; pools: Int32Array[] } {
  const ordered = byName(roster);
  const ids = new Map<string, number>();
  const pools: Int32Array[] = [];
  const id = (g: string, dedicatedOnly: boolean): number => {
    const key = `${dedicatedOnly ? 1 : 0}${g}`;
    let found = ids.get(key);
    if (found === undefined) {
      const reps = ordered.filter(
        (r) => (g === "" || roster.region[r] === g) && (!dedicatedOnly || roster.dedicated[r] === 1),
      );
      found = pools.length;
      pools.push(Int32Array.from(reps));
      ids.set(key, found);
    }
    return found;
  };
  return { id, pools };
}

/** Why the current owner r may not keep customer c (KEPT when it may): region first, then the dedicated rule. */
function whyMove(roster: Roster, r: number, g: string, needsDedicated: boolean): number {
  if (g !== "" && roster.region[r] !== g) return REGION;
  if (needsDedicated && roster.dedicated[r] !== 1) return A_TO_DEDICATED;
  return KEPT;
}

export function routeCustomers(customers: readonly AssignCustomer[], roster: Roster, topTiers: number): Routes {
  const n = customers.length;
  const { id: poolOf, pools } = pooler(roster);
  const pool = new Int32Array(n).fill(-1);
  const blocked = new Uint8Array(n);
  const isA = new Uint8Array(n);
  const ownerRep = new Int32Array(n).fill(-1);
  const why = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const customer = customers[c];
    const g = roster.key(customer.region);
    isA[c] = customer.tier < topTiers ? 1 : 0;
    const needsDedicated = isA[c] === 1 && roster.anyDedicated;
    if (g !== "" && !roster.regions.has(g)) blocked[c] = NO_REP_IN_REGION;
    else {
      const id = poolOf(g, needsDedicated);
      if (pools[id].length === 0) blocked[c] = NO_DEDICATED_REP;
      else pool[c] = id;
    }
    const owner = roster.key(customer.owner);
    const r = owner === "" ? -1 : roster.repOf(owner);
    ownerRep[c] = r;
    if (owner === "") why[c] = NEW;
    else if (r < 0) why[c] = OWNER_UNKNOWN;
    else why[c] = whyMove(roster, r, g, needsDedicated);
  }
  return { pool, pools, blocked, isA, ownerRep, why };
}
