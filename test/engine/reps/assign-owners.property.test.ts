/**
 * Properties of assignOwners (issue 14: "assignment never exceeds a rep's capacity, keeps every current owner
 * whose rep is within capacity, and never assigns across regions when a region is given"), on random reps and
 * customers. Regions and owners are written in varied case and with spaces, as typed in a sheet; the test
 * matches them by its own trim + lower case (the generated names are ASCII, where that is what NFKC + lower
 * case does). What is allowed is re-derived here from DESIGN.md's rules, not read back from the code.
 */
import fc from "fast-check";
import {
  assignOwners,
  type AssignCustomer,
  type AssignOptions,
  type AssignRep,
} from "../../../src/engine/reps/assign-owners";

const NAMES = ["Ann", "Bob", "Cy", "Dee", "Eve", "Fay"];
const REGIONS = ["East", "West"];
const key = (s: string | undefined) => (s ?? "").trim().toLowerCase();
const spelt = (s: string, how: number) => [s, s.toUpperCase(), ` ${s.toLowerCase()} `][how % 3];

const reps = fc
  .uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 1, maxLength: NAMES.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          name: fc.constant(NAMES[id]),
          region: fc.constantFrom(undefined, ...REGIONS),
          capacity: fc.integer({ min: 1, max: 20 }),
          dedicated: fc.boolean(),
        }),
      ),
    ),
  );
const customers = fc.array(
  fc.record({
    tier: fc.integer({ min: 0, max: 2 }),
    value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(NaN)),
    region: fc.constantFrom(undefined, "", ...REGIONS, "North"),
    owner: fc.constantFrom(undefined, "", "Zed", ...NAMES),
    spelling: fc.nat(),
    halfHours: fc.integer({ min: 0, max: 12 }),
  }),
  { maxLength: 40 },
);
const options = fc.record({
  maxAPerRep: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  topTiers: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
});

type Raw = { tier: number; value: number; region?: string; owner?: string; spelling: number; halfHours: number };
const toCustomers = (raw: Raw[]): AssignCustomer[] =>
  raw.map((c, i) => ({
    name: `C${i}`,
    tier: c.tier,
    value: c.value,
    region: c.region === undefined ? undefined : spelt(c.region, c.spelling),
    owner: c.owner === undefined ? undefined : spelt(c.owner, c.spelling + 1),
    hoursPerWeek: c.halfHours / 2,
  }));

/** Whether rep r may hold customer c by the rules (region, A accounts with dedicated reps). */
function allowed(c: AssignCustomer, rep: AssignRep, all: readonly AssignRep[], opts: AssignOptions): boolean {
  if (key(c.region) !== "" && key(rep.region) !== key(c.region)) return false;
  const isA = c.tier < (opts.topTiers ?? 1);
  return !(isA && all.some((r) => r.dedicated) && !rep.dedicated);
}

const run = (check: (cs: AssignCustomer[], rs: AssignRep[], o: AssignOptions) => void) =>
  fc.assert(fc.property(customers, reps, options, (raw, rs, o) => check(toCustomers(raw), rs, o)));

describe("assignOwners (properties)", () => {
  it("never puts more hours on a rep than its capacity, nor more than maxAPerRep A accounts; loads add up", () => {
    run((cs, rs, o) => {
      const result = assignOwners(cs, rs, o);
      rs.forEach((rep, r) => {
        const mine = cs.filter((_, c) => result.owner[c] === rep.name);
        const hours = mine.reduce((s, c) => s + c.hoursPerWeek, 0); // halves: exact in binary
        const aAccounts = mine.filter((c) => c.tier < (o.topTiers ?? 1)).length;
        expect(result.load[r]).toEqual({
          rep: rep.name,
          before: cs.filter((c) => key(c.owner) === key(rep.name)).reduce((s, c) => s + c.hoursPerWeek, 0),
          after: hours,
          capacity: rep.capacity,
          aAccounts,
        });
        expect(hours).toBeLessThanOrEqual(rep.capacity);
        if (o.maxAPerRep !== undefined) expect(aAccounts).toBeLessThanOrEqual(o.maxAPerRep);
      });
    });
  });

  it("keeps every current owner whose rep is allowed and within capacity and the A cap", () => {
    run((cs, rs, o) => {
      const result = assignOwners(cs, rs, o);
      for (const rep of rs) {
        const kept = cs.flatMap((c, i) => (key(c.owner) === key(rep.name) && allowed(c, rep, rs, o) ? [i] : []));
        const hours = kept.reduce((s, i) => s + cs[i].hoursPerWeek, 0);
        const aAccounts = kept.filter((i) => cs[i].tier < (o.topTiers ?? 1)).length;
        if (hours <= rep.capacity && aAccounts <= (o.maxAPerRep ?? Infinity))
          for (const i of kept) expect(result.owner[i]).toBe(rep.name);
      }
    });
  });

  it("gives every customer a rep it is allowed to have, or lists it once as unassigned with the right reason", () => {
    run((cs, rs, o) => {
      const result = assignOwners(cs, rs, o);
      const listed = result.unassigned.map((u) => u.customer);
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed).toEqual(cs.flatMap((_, i) => (result.owner[i] === undefined ? [i] : [])));
      cs.forEach((c, i) => {
        const name = result.owner[i];
        if (name !== undefined)
          expect(
            allowed(
              c,
              rs.find((r) => r.name === name)!,
              rs,
              o,
            ),
          ).toBe(true);
      });
      for (const u of result.unassigned) {
        const c = cs[u.customer];
        const inRegion = rs.filter((r) => key(c.region) === "" || key(r.region) === key(c.region));
        if (inRegion.length === 0) expect(u.reason).toBe("no-rep-in-region");
        else if (!inRegion.some((r) => allowed(c, r, rs, o))) expect(u.reason).toBe("no-dedicated-rep");
        else expect(u.reason).toBe("no-capacity");
      }
    });
  });

  it("lists as changes exactly the customers whose owner differs from the current one, each with its reason", () => {
    const REASONS = ["new", "over-capacity", "a-to-dedicated", "region", "owner-unknown", "a-cap"];
    run((cs, rs, o) => {
      const result = assignOwners(cs, rs, o);
      const changed = cs.flatMap((c, i) => {
        const to = result.owner[i];
        return to !== undefined && key(to) !== key(c.owner) ? [i] : [];
      });
      expect(result.changes.map((ch) => ch.customer)).toEqual(changed);
      for (const ch of result.changes) {
        const c = cs[ch.customer];
        expect(ch.to).toBe(result.owner[ch.customer]);
        expect(REASONS).toContain(ch.reason);
        expect(ch.from).toBe(key(c.owner) === "" ? undefined : c.owner);
        expect(ch.reason === "new").toBe(key(c.owner) === "");
        const known = rs.some((r) => key(r.name) === key(c.owner));
        expect(ch.reason === "owner-unknown").toBe(key(c.owner) !== "" && !known);
      }
    });
  });

  it("spreads equal customers over equal reps to within one customer of each other", () => {
    // With one pool, equal capacities and 1-hour customers, each goes to a least-loaded rep.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 50 }), (m, n) => {
        const rs = NAMES.slice(0, m).map((name) => ({ name, capacity: 100 }));
        const cs = Array.from({ length: n }, (_, i) => ({ name: `C${i}`, tier: i % 3, value: i, hoursPerWeek: 1 }));
        const after = assignOwners(cs, rs).load.map((l) => l.after);
        expect(Math.max(...after) - Math.min(...after)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
