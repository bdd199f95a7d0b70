/**
 * assignOwners on small cases worked by hand from DESIGN.md's rules ("Reps and incentives", assignment):
 * priority = tier (0 first), then value (higher first); a new placement goes to the allowed rep with the
 * most spare hours (capacity − load), equal spare → the first name; current owners keep their customers
 * unless the rep is over capacity or over the A cap (then the lowest-priority customers move off).
 */
import { assignOwners, type AssignCustomer } from "../../../src/engine/reps/assign-owners";

const customer = (
  name: string,
  tier: number,
  value: number,
  hoursPerWeek: number,
  more: Partial<AssignCustomer> = {},
) => ({ name, tier, value, hoursPerWeek, ...more }) satisfies AssignCustomer;

describe("assignOwners", () => {
  it("places new customers highest priority first with the rep of most spare hours", () => {
    // Order: c0 (tier 0), c2 (tier 1, 80), c1 (tier 1, 50), c3 (tier 2).
    // c0: Ann 10 = Bob 10 spare → Ann (first name), Ann 4. c2: Ann 6 < Bob 10 → Bob 3.
    // c1: Ann 6 < Bob 7 → Bob 6. c3: Ann 6 > Bob 4 → Ann 6.
    const result = assignOwners(
      [customer("c0", 0, 100, 4), customer("c1", 1, 50, 3), customer("c2", 1, 80, 3), customer("c3", 2, 10, 2)],
      [
        { name: "Bob", capacity: 10 },
        { name: "Ann", capacity: 10 },
      ],
    );
    expect(result.owner).toEqual(["Ann", "Bob", "Bob", "Ann"]);
    expect(result.changes).toEqual([
      { customer: 0, to: "Ann", reason: "new" },
      { customer: 1, to: "Bob", reason: "new" },
      { customer: 2, to: "Bob", reason: "new" },
      { customer: 3, to: "Ann", reason: "new" },
    ]);
    expect(result.unassigned).toEqual([]);
    expect(result.load).toEqual([
      { rep: "Bob", before: 0, after: 6, capacity: 10, aAccounts: 0 },
      { rep: "Ann", before: 0, after: 6, capacity: 10, aAccounts: 1 },
    ]);
  });

  it("moves the lowest-priority customers off a rep over capacity, and keeps the rest", () => {
    // Ann owns 6 + 3 + 3 = 12 h > 10: c2 (tier 1, value 20) is lowest → off, 9 h ≤ 10 stays.
    // c2 then goes to the most spare: Ann 1 < Bob 10 → Bob. Owner "ann " is Ann (names match trimmed, any case).
    const result = assignOwners(
      [
        customer("c0", 0, 100, 6, { owner: "Ann" }),
        customer("c1", 1, 50, 3, { owner: "ann " }),
        customer("c2", 1, 20, 3, { owner: "Ann" }),
      ],
      [
        { name: "Ann", capacity: 10 },
        { name: "Bob", capacity: 10 },
      ],
    );
    expect(result.owner).toEqual(["Ann", "Ann", "Bob"]);
    expect(result.changes).toEqual([{ customer: 2, from: "Ann", to: "Bob", reason: "over-capacity" }]);
    expect(result.load).toEqual([
      { rep: "Ann", before: 12, after: 9, capacity: 10, aAccounts: 1 },
      { rep: "Bob", before: 0, after: 3, capacity: 10, aAccounts: 0 },
    ]);
  });

  it("keeps customers within their region and lists a region without a rep, never moving it elsewhere", () => {
    // c0 (east, 40) → Ann, the only East rep. c1 (West, owned by Ann of East) → Bob, reason region.
    // c2 (North): no rep has North → unassigned, though Cy has no region. c3 (no region) → any rep:
    // Ann 9, Bob 9, Cy 10 spare → Cy.
    const result = assignOwners(
      [
        customer("c0", 1, 40, 1, { region: "east " }),
        customer("c1", 1, 30, 1, { region: "West", owner: "Ann" }),
        customer("c2", 1, 20, 1, { region: "North" }),
        customer("c3", 1, 10, 1),
      ],
      [
        { name: "Ann", region: "East", capacity: 10 },
        { name: "Bob", region: "West", capacity: 10 },
        { name: "Cy", capacity: 10 },
      ],
    );
    expect(result.owner).toEqual(["Ann", "Bob", undefined, "Cy"]);
    expect(result.changes).toEqual([
      { customer: 0, to: "Ann", reason: "new" },
      { customer: 1, from: "Ann", to: "Bob", reason: "region" },
      { customer: 3, to: "Cy", reason: "new" },
    ]);
    expect(result.unassigned).toEqual([{ customer: 2, reason: "no-rep-in-region" }]);
  });

  it("gives A accounts to dedicated reps, at most maxAPerRep each, and B accounts to anyone", () => {
    // Dee keeps a1, a2 (2 A = the cap); a3 (lowest A of Dee's three) moves off, reason a-cap.
    // a0 (owned by Fay, not dedicated) must move. Placing a0, a3, a4, b0 in that order:
    // a0: Dee is at the cap → Eve (20 spare). a3: Dee capped → Eve (2 A now). a4: both capped → unassigned.
    // b0: Dee 16, Eve 16, Fay 20 spare → Fay.
    const result = assignOwners(
      [
        customer("a0", 0, 100, 2, { owner: "Fay" }),
        customer("a1", 0, 90, 2, { owner: "Dee" }),
        customer("a2", 0, 80, 2, { owner: "Dee" }),
        customer("a3", 0, 70, 2, { owner: "Dee" }),
        customer("a4", 0, 60, 2),
        customer("b0", 1, 50, 2),
      ],
      [
        { name: "Dee", capacity: 20, dedicated: true },
        { name: "Eve", capacity: 20, dedicated: true },
        { name: "Fay", capacity: 20 },
      ],
      { maxAPerRep: 2 },
    );
    expect(result.owner).toEqual(["Eve", "Dee", "Dee", "Eve", undefined, "Fay"]);
    expect(result.changes).toEqual([
      { customer: 0, from: "Fay", to: "Eve", reason: "a-to-dedicated" },
      { customer: 3, from: "Dee", to: "Eve", reason: "a-cap" },
      { customer: 5, to: "Fay", reason: "new" },
    ]);
    expect(result.unassigned).toEqual([{ customer: 4, reason: "no-capacity" }]);
    expect(result.load.map((l) => [l.rep, l.before, l.after, l.aAccounts])).toEqual([
      ["Dee", 6, 4, 2],
      ["Eve", 0, 4, 2],
      ["Fay", 2, 2, 0],
    ]);
  });

  it("lists an A account whose region has no dedicated rep, and counts topTiers tiers as A", () => {
    // topTiers 2: tiers 0 and 1 are A. Dee (East) is the only dedicated rep.
    // c0 (tier 1, West) → no dedicated rep in West. c1 (tier 1, no region) → Dee. c2 (tier 2, West) → Gus.
    const result = assignOwners(
      [
        customer("c0", 1, 9, 1, { region: "West", owner: "Gus" }),
        customer("c1", 1, 8, 1),
        customer("c2", 2, 7, 1, { region: "West" }),
      ],
      [
        { name: "Dee", region: "East", capacity: 5, dedicated: true },
        { name: "Gus", region: "West", capacity: 5 },
      ],
      { topTiers: 2 },
    );
    expect(result.owner).toEqual([undefined, "Dee", "Gus"]);
    expect(result.unassigned).toEqual([{ customer: 0, reason: "no-dedicated-rep" }]);
    expect(result.load.map((l) => [l.rep, l.before, l.after, l.aAccounts])).toEqual([
      ["Dee", 0, 1, 1],
      ["Gus", 1, 1, 0],
    ]);
  });

  it("assigns as far as capacity allows when the load exceeds it, and lists the rest", () => {
    // One rep of 5 h; customers of 3, 3, 3 and 2 h in priority order: 3 → load 3; 3 would make 6 > 5 → left;
    // 3 → left; 2 → load 5 = capacity.
    const result = assignOwners(
      [customer("c0", 1, 4, 3), customer("c1", 1, 3, 3), customer("c2", 1, 2, 3), customer("c3", 1, 1, 2)],
      [{ name: "Ann", capacity: 5 }],
    );
    expect(result.owner).toEqual(["Ann", undefined, undefined, "Ann"]);
    expect(result.unassigned).toEqual([
      { customer: 1, reason: "no-capacity" },
      { customer: 2, reason: "no-capacity" },
    ]);
    expect(result.load[0].after).toBe(5);
  });

  it("moves a customer whose owner is not a rep, naming the old owner", () => {
    const result = assignOwners([customer("c0", 0, 1, 1, { owner: "Zed" })], [{ name: "Ann", capacity: 1 }]);
    expect(result.changes).toEqual([{ customer: 0, from: "Zed", to: "Ann", reason: "owner-unknown" }]);
  });

  it("fits 0.1 + 0.2 hours in a capacity of 0.3 (loads compared to 9 decimals)", () => {
    // In binary 0.1 + 0.2 = 0.30000000000000004 > 0.3; the hours as typed add up to exactly 0.3.
    const result = assignOwners(
      [customer("c0", 0, 2, 0.1), customer("c1", 0, 1, 0.2)],
      [{ name: "Ann", capacity: 0.3 }],
    );
    expect(result.owner).toEqual(["Ann", "Ann"]);
    expect(result.load[0].after).toBe(0.3);
  });

  it("ranks a customer without a value after the valued ones of its tier", () => {
    // Room for one 1-hour customer: the valued one (value 1) wins over NaN although NaN comes first.
    const result = assignOwners([customer("c0", 0, NaN, 1), customer("c1", 0, 1, 1)], [{ name: "Ann", capacity: 1 }]);
    expect(result.owner).toEqual([undefined, "Ann"]);
  });
});
