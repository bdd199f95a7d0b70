import { round9 } from "../cells/round-product";
import { checkAssignInput } from "./assign-check";
import { keepOwners, type Placement } from "./assign-keep";
import { placeRest } from "./assign-place";
import { priorityOrder } from "./assign-priority";
import { buildRoster, type Roster } from "./assign-roster";
import { REASONS, routeCustomers, UNASSIGNED, type Routes } from "./assign-routes";
import type { AssignCustomer, AssignOptions, AssignRep, Assignment } from "./assign-types";

export type {
  AssignCustomer,
  AssignOptions,
  AssignReason,
  AssignRep,
  Assignment,
  UnassignedReason,
} from "./assign-types";

/** The result read off a placement: owners, changes and the unassigned in customer order, loads in rep order. */
function report(
  customers: readonly AssignCustomer[],
  roster: Roster,
  routes: Routes,
  placement: Placement,
): Assignment {
  const owner: (string | undefined)[] = new Array(customers.length);
  const changes: Assignment["changes"][number][] = [];
  const unassigned: Assignment["unassigned"][number][] = [];
  const before = new Float64Array(roster.names.length);
  for (let c = 0; c < customers.length; c++) {
    const r = placement.rep[c];
    const from = routes.ownerRep[c];
    if (from >= 0) before[from] += customers[c].hoursPerWeek;
    if (r < 0) {
      owner[c] = undefined;
      unassigned.push({ customer: c, reason: UNASSIGNED[routes.blocked[c]] });
      continue;
    }
    owner[c] = roster.names[r];
    if (r === from) continue;
    const to = roster.names[r];
    const reason = REASONS[placement.why[c]];
    // A customer with an owner (known or not) names it as `from`; a new one has none (reason "new").
    changes.push(
      reason === "new" ? { customer: c, to, reason } : { customer: c, from: customers[c].owner, to, reason },
    );
  }
  const load = roster.names.map((rep, r) => ({
    rep,
    before: round9(before[r]),
    after: placement.load[r],
    capacity: roster.capacity[r],
    aAccounts: placement.aCount[r],
  }));
  return { owner, changes, unassigned, load };
}

/**
 * Suggests an owner for every customer (DESIGN.md "Reps and incentives", assignment): within its region,
 * A accounts with dedicated reps when any rep is dedicated, current owners kept unless over capacity or
 * the A cap, the rest placed highest priority first with the rep of most spare hours; never over a
 * rep's capacity. Throws InputError for reps without a name or a capacity above 0, duplicate rep names,
 * and customers with a tier that is not a whole number ≥ 0 or hours that are not a number ≥ 0.
 */
export function assignOwners(
  customers: readonly AssignCustomer[],
  reps: readonly AssignRep[],
  options: AssignOptions = {},
): Assignment {
  const { maxA, topTiers } = checkAssignInput(customers, reps, options);
  const roster = buildRoster(reps);
  const routes = routeCustomers(customers, roster, topTiers);
  const order = priorityOrder(customers);
  const hours = Float64Array.from(customers, (c) => c.hoursPerWeek);
  const placement = keepOwners(routes, roster, order, { hours, maxA });
  placeRest(routes, roster, order, { hours, maxA, placement });
  return report(customers, roster, routes, placement);
}
