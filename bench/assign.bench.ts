/**
 * Assignment by tier and capacity (issue 14): 100,000 customers to 200 reps in under 1 s, against a
 * Float64Array sort of 1,048,576 skewed values in the same run. The reps: 4 regions of 50, every fourth
 * rep a dedicated account manager, capacities 30–50 h a week, at most 250 A accounts each. The customers:
 * tiers 10/30/60 by rank share of skewed (log-normal) values, 0.2 / 0.08 / 0.03 h a week by tier; 95 %
 * in one of the four regions, 0.5 % in a region without reps, the rest without a region; 60 % with a
 * current owner (a random rep, so often of another region or not dedicated, or a former rep's name).
 * The total load (≈ 6,200 h) is below the total capacity (≈ 8,000 h) but the A accounts are tight on the
 * dedicated reps, so every path (kept, moved, over capacity, A cap, unassigned) is taken.
 */
import type { Bench } from "./harness";
import { mulberry32 } from "../src/engine/sample/mulberry32";
import { skewedValues } from "../src/engine/sample/skewed-values";
import { rankShareTiers } from "../src/engine/tiering/rank-share-tiers";
import { assignOwners, type AssignCustomer, type AssignRep } from "../src/engine/reps/assign-owners";

const CUSTOMERS = 100_000;
const REPS = 200;
const SORTED = 1_048_576;
const GROUP = "assignment: 100,000 customers to 200 reps";
const BASE = "baseline: Float64Array sort of 1,048,576 values";
const REGIONS = ["North", "South", "East", "West"];
const HOURS = [0.2, 0.08, 0.03];

function sampleReps(random: () => number): AssignRep[] {
  return Array.from({ length: REPS }, (_, r) => ({
    name: `Rep ${r + 1}`,
    region: REGIONS[r % REGIONS.length],
    capacity: 30 + Math.floor(random() * 21),
    dedicated: r % 4 === 0,
  }));
}

function sampleCustomers(random: () => number): AssignCustomer[] {
  const values = skewedValues(CUSTOMERS, 14);
  const tiers = rankShareTiers(values, [0.1, 0.3, 0.6]);
  return Array.from({ length: CUSTOMERS }, (_, i) => {
    const where = random();
    const who = random();
    return {
      name: `Customer ${i + 1}`,
      tier: tiers[i],
      value: values[i],
      region: where < 0.95 ? REGIONS[Math.floor(where * 80) % 4] : where < 0.955 ? "Central" : undefined,
      owner: who < 0.58 ? `Rep ${1 + Math.floor(random() * REPS)}` : who < 0.6 ? "Former rep" : undefined,
      hoursPerWeek: HOURS[tiers[i]],
    };
  });
}

export default async function assignBench(h: Bench): Promise<void> {
  const random = mulberry32(14);
  const reps = sampleReps(random);
  const customers = sampleCustomers(random);
  const sorted = skewedValues(SORTED, 5);
  await h.time(GROUP, BASE, () => Float64Array.from(sorted).sort());
  const result = assignOwners(customers, reps, { maxAPerRep: 250 });
  await h.time(GROUP, "assignOwners", () => assignOwners(customers, reps, { maxAPerRep: 250 }), {
    baseline: BASE,
    maxMs: 1000,
  });
  h.record(GROUP, "changes", result.changes.length, "customers");
  h.record(GROUP, "unassigned", result.unassigned.length, "customers");
}
