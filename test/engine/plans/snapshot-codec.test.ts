import fc from "fast-check";
import { decodeSnapshot, encodeSnapshot, snapshotOf, tierMovement } from "../../../src/engine/plans";

describe("the compact last-run snapshot", () => {
  it("stores labels once, a base-36 tier index per customer, and sorted front-coded keys", () => {
    const encoded = encodeSnapshot({
      takenAt: "2025-01-06",
      tiers: { "Customer 100001": "B", "Customer 100000": "A", Acme: "B" },
    });
    // Hand calculation: sorted keys "Acme" < "Customer 100000" < "Customer 100001" (code units: "A" 65 < "C" 67).
    // "Acme": shares 0 with "", suffix of length 4 → "0,4:Acme"; "Customer 100000" shares 0 with "Acme",
    // length 15 = "f" in base 36 → "0,f:Customer 100000"; "Customer 100001" shares 14 ("e") characters, suffix "1" → "e,1:1".
    // Labels in order of first appearance along the sorted keys: Acme → B (0), Customer 100000 → A (1),
    // Customer 100001 → B (0): tiers "010".
    expect(encoded).toEqual({
      format: "tierladder-snapshot",
      version: 2,
      takenAt: "2025-01-06",
      labels: ["B", "A"],
      count: 3,
      keys: "0,4:Acme0,f:Customer 100000e,1:1",
      tiers: "010",
    });
  });

  it("reads back exactly what was stored, whatever the customer keys (property)", () => {
    const label = fc.constantFrom("A", "B", "C", "层级一", "=x");
    const key = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("constructor", "__proto__", "toString", "", "a,b:c"),
    );
    fc.assert(
      fc.property(fc.dictionary(key, label), (tiers) => {
        const snapshot = { takenAt: "t", tiers: Object.assign(Object.create(null) as Record<string, string>, tiers) };
        const back = decodeSnapshot(JSON.parse(JSON.stringify(encodeSnapshot(snapshot))));
        expect(back && { ...back.tiers }).toEqual({ ...snapshot.tiers });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps more than 36 labels apart with comma-separated indexes", () => {
    const tiers: Record<string, string> = {};
    for (let i = 0; i < 40; i++) tiers[`c${i}`] = `T${i}`;
    const encoded = encodeSnapshot({ takenAt: "t", tiers });
    expect(encoded.tiers.split(",")).toHaveLength(40);
    expect(decodeSnapshot(encoded)?.tiers).toEqual(tiers);
  });

  it("reads the plain snapshot of earlier versions, and nothing from a damaged one", () => {
    expect(decodeSnapshot({ takenAt: "t", tiers: { a: "A" } })).toEqual({ takenAt: "t", tiers: { a: "A" } });
    const encoded = encodeSnapshot({ takenAt: "t", tiers: { a: "A", b: "B" } });
    expect(decodeSnapshot({ ...encoded, keys: encoded.keys.slice(0, -1) })).toBeUndefined();
    expect(decodeSnapshot({ ...encoded, tiers: "0" })).toBeUndefined();
    expect(decodeSnapshot({ ...encoded, tiers: "09" })).toBeUndefined();
    expect(decodeSnapshot("lastRun")).toBeUndefined();
    expect(decodeSnapshot(undefined)).toBeUndefined();
  });

  it("builds a snapshot from tier indexes, leaving out customers without a tier", () => {
    const s = snapshotOf(["a", "b", "c"], Int32Array.from([0, -1, 1]), ["A", "B"], "t");
    expect({ ...s.tiers }).toEqual({ a: "A", c: "B" });
  });

  it("does not mistake a customer called constructor for an old one", () => {
    const m = tierMovement({ takenAt: "t", tiers: {} }, { takenAt: "t", tiers: { constructor: "A" } });
    expect(m).toEqual({ moves: [], unchanged: 0, added: 1, removed: 0 });
  });
});
