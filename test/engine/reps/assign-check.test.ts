/** assignOwners refuses input it cannot use with an InputError that names the rep or customer and the catalog key. */
import { assignOwners, type AssignCustomer, type AssignRep } from "../../../src/engine/reps/assign-owners";
import { inputError } from "../support/input-error";

const ok: AssignCustomer = { name: "Acme", tier: 0, value: 1, hoursPerWeek: 1 };
const ann: AssignRep = { name: "Ann", capacity: 10 };

describe("assignOwners input checks", () => {
  it("names a rep without a positive, finite capacity", () => {
    for (const capacity of [0, -5, NaN, Infinity]) {
      const e = inputError(() => assignOwners([ok], [ann, { name: "Bob", capacity }]));
      expect([e.key, e.params.name]).toEqual(["assign.repCapacity", "Bob"]);
      expect(e.message).toMatch(/capacity of Bob must be a number of hours per week above 0/);
    }
  });

  it("names two reps with the same name, compared ignoring case and outer spaces", () => {
    const e = inputError(() => assignOwners([ok], [ann, { name: "Bob", capacity: 1 }, { name: " ann", capacity: 1 }]));
    expect([e.key, e.params]).toEqual(["assign.repDuplicate", { first: 1, second: 3, name: " ann" }]);
  });

  it("refuses a rep without a name and an empty list of reps", () => {
    expect(inputError(() => assignOwners([ok], [ann, { name: "  ", capacity: 1 }])).params).toEqual({ rep: 2 });
    expect(inputError(() => assignOwners([ok], [])).key).toBe("assign.noReps");
  });

  it("names a customer with negative or non-finite hours", () => {
    for (const hoursPerWeek of [-1, NaN, Infinity]) {
      const e = inputError(() => assignOwners([ok, { ...ok, name: "Beta", hoursPerWeek }], [ann]));
      expect([e.key, e.params.row, e.params.customer]).toEqual(["assign.hours", 2, "Beta"]);
    }
  });

  it("names a customer whose tier is not a whole number from 0", () => {
    for (const tier of [-1, 0.5, NaN]) {
      const e = inputError(() => assignOwners([{ ...ok, tier }], [ann]));
      expect([e.key, e.params.row]).toEqual(["assign.tier", 1]);
    }
  });

  it("refuses an A cap or a count of A tiers that is not a whole number of 1 or more", () => {
    expect(inputError(() => assignOwners([ok], [ann], { maxAPerRep: 0 })).key).toBe("assign.maxA");
    expect(inputError(() => assignOwners([ok], [ann], { maxAPerRep: 1.5 })).key).toBe("assign.maxA");
    expect(inputError(() => assignOwners([ok], [ann], { topTiers: 0 })).key).toBe("assign.topTiers");
  });

  it("accepts 0 hours, no customers, and a rep named like a customer", () => {
    expect(assignOwners([{ ...ok, hoursPerWeek: 0, name: "Ann" }], [ann]).owner).toEqual(["Ann"]);
    expect(assignOwners([], [ann]).load).toEqual([{ rep: "Ann", before: 0, after: 0, capacity: 10, aAccounts: 0 }]);
  });
});
