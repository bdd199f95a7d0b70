import { InputError } from "../errors";
import { showValue } from "../ladder/checks";
import { customerKey } from "../table/customer-key";
import type { AssignCustomer, AssignOptions, AssignRep } from "./assign-types";

/** The options of an assignment after their defaults: maxA = Infinity when there is no cap. */
export interface AssignLimits {
  readonly maxA: number;
  readonly topTiers: number;
}

function checkWhole(value: number | undefined, key: "maxA" | "topTiers"): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return value;
  const found = showValue(value);
  if (key === "maxA")
    throw new InputError(
      "assign.maxA",
      { found },
      `The most A accounts per rep must be a whole number of 1 or more; found ${found}.`,
    );
  throw new InputError(
    "assign.topTiers",
    { found },
    `The number of tiers counted as A accounts must be a whole number of 1 or more; found ${found}.`,
  );
}

/** Reps need a name, a capacity above 0 and a name no other rep has (compared as `customerKey` compares). */
function checkReps(reps: readonly AssignRep[]): void {
  if (reps.length === 0) throw new InputError("assign.noReps", {}, "Add at least one rep to assign customers to.");
  const seen = new Map<string, number>();
  reps.forEach((rep, i) => {
    const key = typeof rep.name === "string" ? customerKey(rep.name) : "";
    if (key === "")
      throw new InputError("assign.repName", { rep: i + 1 }, `Rep ${i + 1} has no name. Give every rep a name.`);
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(
        "assign.repDuplicate",
        { first: first + 1, second: i + 1, name: rep.name },
        `Reps ${first + 1} and ${i + 1} are both named “${rep.name}” (names are compared ignoring case). Give each rep a different name.`,
      );
    seen.set(key, i);
    const cap = rep.capacity;
    if (typeof cap !== "number" || !Number.isFinite(cap) || cap <= 0) {
      const found = showValue(cap);
      throw new InputError(
        "assign.repCapacity",
        { name: rep.name, found },
        `The capacity of ${rep.name} must be a number of hours per week above 0; found ${found}.`,
      );
    }
  });
}

/** Each customer needs a tier (a whole number ≥ 0) and hours per week ≥ 0. */
function checkCustomers(customers: readonly AssignCustomer[]): void {
  customers.forEach((c, i) => {
    const row = i + 1;
    if (!Number.isInteger(c.tier) || c.tier < 0) {
      const found = showValue(c.tier);
      throw new InputError(
        "assign.tier",
        { row, customer: c.name, found },
        `Customer ${row} (“${c.name}”) has tier ${found}; a tier is a whole number from 0 (the top tier) up.`,
      );
    }
    const h = c.hoursPerWeek;
    if (typeof h !== "number" || !Number.isFinite(h) || h < 0) {
      const found = showValue(h);
      throw new InputError(
        "assign.hours",
        { row, customer: c.name, found },
        `Customer ${row} (“${c.name}”) needs hours per week of 0 or more from its tier's playbook; found ${found}.`,
      );
    }
  });
}

/** Checks the input of an assignment (throws InputError naming the rep or customer) and returns its limits. */
export function checkAssignInput(
  customers: readonly AssignCustomer[],
  reps: readonly AssignRep[],
  options: AssignOptions,
): AssignLimits {
  const maxA = checkWhole(options.maxAPerRep, "maxA") ?? Infinity;
  const topTiers = checkWhole(options.topTiers, "topTiers") ?? 1;
  checkReps(reps);
  checkCustomers(customers);
  return { maxA, topTiers };
}
