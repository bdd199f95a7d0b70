import fc from "fast-check";
import { decodeSnapshot, movementPlan, snapshotOf } from "../../../src/engine/plans";
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost, PAYLOAD_BUDGET_BYTES } from "../../../src/host/excel";
import { jsonStringBytes, planSettingWrite, splitByBytes } from "../../../src/host/excel/settings";

const FIVE_MB = 5 * 1024 * 1024;

function setup() {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["x"]] }] });
  return { fake, host: createExcelHost(fake.env) };
}

/** About 3 MB of JSON: more than one 1 MB piece. */
const big = (tag: string) => Array.from({ length: 100_000 }, (_, i) => `${tag} customer ${i} 客户`);

describe("settings in the workbook", () => {
  it("saves a 1,048,576-customer last-run snapshot in pieces, no request over 4 MB, and reads it back exactly", async () => {
    const n = 1_048_576;
    const customers = Array.from({ length: n }, (_, i) => `Customer ${i}`);
    const current = snapshotOf(customers, Int32Array.from({ length: n }, (_, i) => i % 3), ["A", "B", "C"], "2025-01-06T00:00:00Z");
    // The plain form would need one request of more than 5 MB: Excel on the web refuses it.
    expect(JSON.stringify(current).length).toBeGreaterThan(FIVE_MB);
    const { fake, host } = setup();
    await host.applyPlan(movementPlan(undefined, current, "en-US"));
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(Math.max(...fake.stats.officeJsRequestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES); // as office.js sent them
    const pieceKeys = Object.keys(fake.workbookState.settings()).filter((k) => k.startsWith("TierLadder.lastRun#"));
    expect(pieceKeys.length).toBeGreaterThan(1);
    fake.testing.resetStats();
    const back = decodeSnapshot(await host.loadSetting("lastRun"));
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(Object.keys(back!.tiers)).toHaveLength(n);
    // Customer i has tier index i mod 3: 1,048,575 mod 3 = 0 (1,048,575 = 3 × 349,525) → "A"; 7 mod 3 = 1 → "B".
    expect([back!.tiers["Customer 1048575"], back!.tiers["Customer 7"], back!.takenAt]).toEqual(["A", "B", "2025-01-06T00:00:00Z"]);
  }, 120_000); // office.js serializes each ~4 MB request: slower than the direct fake

  it("round-trips a large value saved on its own, several pieces per sync", async () => {
    const { fake, host } = setup();
    await host.saveSetting("list", big("one"));
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(await host.loadSetting("list")).toEqual(big("one"));
  });

  it("keeps the previous value readable when a write fails between its pieces", async () => {
    const { fake, host } = setup();
    await host.saveSetting("list", big("one"));
    fake.testing.failOn((a) => a.kind === "settings.add" && a.address === "TierLadder.list#b2");
    await expect(host.saveSetting("list", big("two"))).rejects.toThrow();
    expect(await host.loadSetting("list")).toEqual(big("one"));
    await host.saveSetting("list", big("two"));
    expect(await host.loadSetting("list")).toEqual(big("two"));
    // "one" lives in generation a; the failed and the repeated write use b; a's pieces go with the new manifest.
    const pieces = Object.keys(fake.workbookState.settings()).filter((k) => k.startsWith("TierLadder.list#"));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((k) => k.startsWith("TierLadder.list#b"))).toBe(true);
  });

  it("removes the pieces of a large value when a small one replaces it", async () => {
    const { fake, host } = setup();
    await host.saveSetting("list", big("one"));
    await host.saveSetting("list", ["small"]);
    expect(Object.keys(fake.workbookState.settings())).toEqual(["TierLadder.list"]);
    expect(await host.loadSetting("list")).toEqual(["small"]);
  });

  it("reads a value whose pieces do not add up to the manifest as absent", async () => {
    const { fake, host } = setup();
    await host.saveSetting("list", big("one"));
    fake.testing.setSetting("TierLadder.list#a1", "tampered");
    expect(await host.loadSetting("list")).toBeUndefined();
  });

  it("refuses to store a value above the size limit", () => {
    // JSON of 100 "y" is 102 bytes with its quotes.
    expect(planSettingWrite("x", "y".repeat(100), [], undefined, 10, 50)).toEqual({ tooBig: 102 });
  });

  it("cuts text into pieces under the byte limit without splitting a character (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 8, max: 40 }), (text, max) => {
      const pieces = splitByBytes(text, max);
      expect(pieces.map((p) => p.text).join("")).toBe(text);
      for (const p of pieces) {
        expect(p.bytes).toBe(jsonStringBytes(p.text));
        // A piece may exceed the limit only when it is one character long (4 bytes + quotes fit in 8).
        expect(p.bytes).toBeLessThanOrEqual(max);
        expect(new TextEncoder().encode(JSON.stringify(p.text)).length).toBe(p.bytes);
      }
    }));
  });
});
